/**
 * Decisions per second of the indexed engine and of the reference matcher (a linear scan) at growing numbers
 * of territories. A decision is a full `routeLead` call; both matchers route the same leads through the same
 * account, so their ratio is the gain of the index.
 */
import type { MatcherKind } from '../../../src/engine';
import { formatTable, grouped, rounded } from '../format';
import { median, msPerItem, timeMs } from '../measure';
import type { BenchSettings } from '../options';
import type { Progress } from '../progress';
import type { Suite, SuiteResult } from '../suite';
import { routeFirst, routingWorkload } from '../workload';

const SIZES = [10, 100, 1_000, 10_000] as const;
const MIN_RATIO = 50;
const MAX_SLOWDOWN = 3;
const COLUMNS = [
  'territories',
  'indexed decisions/s',
  'reference decisions/s',
  'ratio',
  'indexed µs/lead',
  `vs ${SIZES[0]} territories`,
  'leads timed (indexed / reference)',
];

interface SizeFigures {
  territories: number;
  indexedPerSec: number;
  referencePerSec: number;
  indexedLeads: number;
  referenceLeads: number;
}

export const engineThroughput: Suite = {
  name: 'engine throughput',
  steps: (settings) => SIZES.length * (1 + settings.repetitions),
  run({ settings, progress }) {
    return summarise(SIZES.map((territories) => measureSize(territories, settings, progress)), settings);
  },
};

/**
 * Warms both matchers up, sizes the reference pass from the warm-up's pace, then times the two matchers in
 * alternation so a neighbour's load falls on both alike; each figure is the median pass.
 */
function measureSize(territories: number, settings: BenchSettings, progress: Progress): SizeFigures {
  progress.begin(`${grouped(territories)} territories: generating, warming up`);
  const workload = routingWorkload(territories, settings.leads);
  const pass = (matcher: MatcherKind) => (count: number) => routeFirst(workload, matcher, count);
  const indexedLeads = workload.leads.length;
  msPerItem(pass('indexed'), settings.warmUpMs, indexedLeads);
  const referenceMsPerLead = msPerItem(pass('reference'), settings.warmUpMs, indexedLeads);
  const referenceLeads = referencePassLeads(referenceMsPerLead, indexedLeads, settings);

  const indexedMs: number[] = [];
  const referenceMs: number[] = [];
  for (let repetition = 1; repetition <= settings.repetitions; repetition++) {
    progress.begin(`${grouped(territories)} territories: pass ${repetition} of ${settings.repetitions}`);
    indexedMs.push(timeMs(() => pass('indexed')(indexedLeads)));
    referenceMs.push(timeMs(() => pass('reference')(referenceLeads)));
  }
  return {
    territories,
    indexedPerSec: perSecond(indexedLeads, median(indexedMs)),
    referencePerSec: perSecond(referenceLeads, median(referenceMs)),
    indexedLeads,
    referenceLeads,
  };
}

/** As many leads as fit in one reference pass of the set length, within the minimum and the leads there are. */
function referencePassLeads(msPerLead: number, available: number, settings: BenchSettings): number {
  const fitting = Math.round(settings.referencePassMs / msPerLead);
  return Math.min(available, Math.max(settings.minReferenceLeads, fitting));
}

function perSecond(count: number, ms: number): number {
  return (count * 1000) / ms;
}

function summarise(figures: SizeFigures[], settings: BenchSettings): SuiteResult {
  const rows = figures.map((size) => derive(size, figures[0]!));
  const largest = rows[rows.length - 1]!;
  return {
    json: {
      engine: rows.map((row) => ({
        territories: row.territories,
        indexedPerSec: rounded(row.indexedPerSec, 1),
        referencePerSec: rounded(row.referencePerSec, 1),
        ratio: rounded(row.ratio, 2),
        indexedMicrosPerLead: rounded(row.microsPerLead, 3),
        timeVs10: rounded(row.timeVs10, 3),
        indexedLeads: row.indexedLeads,
        referenceLeads: row.referenceLeads,
      })),
    },
    report: [
      `Decisions per second: full routeLead calls, median of ${settings.repetitions} pass(es) after warm-up.`,
      'Every rep an active sales rep, fixed open leads, member state fed back after each lead; owner matching off.',
      ...formatTable(
        COLUMNS,
        rows.map((row) => [
          grouped(row.territories),
          grouped(row.indexedPerSec),
          grouped(row.referencePerSec, row.referencePerSec < 100 ? 1 : 0),
          `${grouped(row.ratio, 1)}×`,
          grouped(row.microsPerLead, 1),
          `${grouped(row.timeVs10, 2)}×`,
          `${grouped(row.indexedLeads)} / ${grouped(row.referenceLeads)}`,
        ]),
      ),
    ],
    targets: [
      {
        description: `indexed engine ≥ ${MIN_RATIO}× the reference matcher at ${grouped(largest.territories)} territories`,
        measured: `${grouped(largest.ratio, 1)}×`,
        passed: largest.ratio >= MIN_RATIO,
      },
      {
        description: `indexed µs/lead at ${grouped(largest.territories)} territories ≤ ${MAX_SLOWDOWN}× that at ${SIZES[0]}`,
        measured: `${grouped(largest.timeVs10, 2)}×`,
        passed: largest.timeVs10 <= MAX_SLOWDOWN,
      },
    ],
  };
}

interface SizeRow extends SizeFigures {
  ratio: number;
  microsPerLead: number;
  /** Indexed time per lead relative to the smallest size, 10 territories. */
  timeVs10: number;
}

function derive(size: SizeFigures, smallest: SizeFigures): SizeRow {
  return {
    ...size,
    ratio: size.indexedPerSec / size.referencePerSec,
    microsPerLead: 1e6 / size.indexedPerSec,
    timeVs10: smallest.indexedPerSec / size.indexedPerSec,
  };
}
