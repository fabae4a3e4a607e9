/**
 * Many leads at once (SPEC §7): 2,000 leads into one territory of five reps weighted 1, 1, 2, 3, 1, created by K = 1,
 * 4 and 10 concurrent creators whose user-event steps interleave (the emulator's seeded scheduler, optimistic
 * locking on member records), through the BUILT lead user event. Per K: assignments no member counted (lost), the
 * largest distance of a member's leads from its weighted fair share, the units of a lead create, and how many
 * commits were overtaken and retried.
 */
import { SCRIPT } from '../../../src/netsuite/ids';
import { BUSY_WEIGHTS, busyTerritory } from '../../fixtures/busyTerritory';
import { simulate } from '../../simulator/simulate';
import { formatTable, grouped, rounded } from '../format';
import { median } from '../measure';
import type { Suite, Target } from '../suite';

const THREADS = [1, 4, 10] as const;
const SEED = 11;
const LEADS = { full: 2_000, quick: 40 };

interface Figures {
  threads: number;
  lost: number;
  largestDeviation: number;
  unitsMedian: number;
  unitsMean: number;
  unitsMax: number;
  /** Commits that saved the member more than once (a RCRD_HAS_BEEN_CHANGED retry). */
  retriedCommits: number;
}

function createWith(threads: number, leads: number): Figures {
  const { summary, rows, emulator } = simulate(busyTerritory(leads), { concurrency: { threads, seed: SEED } });
  const units = rows.map((row) => row.units);
  const retried = emulator.invocations.filter(
    (invocation) => invocation.scriptId === SCRIPT.ueLead && invocation.entryPoint === 'afterSubmit' && invocation.charges.filter((charge) => charge.api === 'Record.save').length > 1,
  );
  return {
    threads,
    lost: summary.lostAssignments,
    largestDeviation: summary.largestDeviation,
    unitsMedian: median(units),
    unitsMean: units.reduce((sum, value) => sum + value, 0) / units.length,
    unitsMax: Math.max(...units),
    retriedCommits: retried.length,
  };
}

export const concurrency: Suite = {
  name: 'concurrency',
  steps: () => THREADS.length,
  run({ settings, progress }) {
    const leads = settings.quick ? LEADS.quick : LEADS.full;
    const figures = THREADS.map((threads) => {
      progress.begin(`concurrency: ${grouped(leads)} leads, ${threads} creator(s) at once`);
      return createWith(threads, leads);
    });
    const one = figures[0] as Figures;
    const ten = figures.at(-1) as Figures;
    const targets: Target[] = figures.flatMap((figure) => [
      { description: `lost assignments with ${figure.threads} creator(s) at once = 0`, measured: grouped(figure.lost), passed: figure.lost === 0 },
      {
        description: `largest deviation from weighted fair share with ${figure.threads} creator(s) at once ≤ ${figure.threads}`,
        measured: `${grouped(figure.largestDeviation, 1)} leads`,
        passed: figure.largestDeviation <= figure.threads,
      },
    ]);
    return {
      json: {
        concurrency: {
          leads,
          weights: BUSY_WEIGHTS,
          seed: SEED,
          byThreads: Object.fromEntries(
            figures.map((figure) => [
              String(figure.threads),
              {
                lost: figure.lost,
                largestDeviation: rounded(figure.largestDeviation, 2),
                unitsMedian: figure.unitsMedian,
                unitsMean: rounded(figure.unitsMean, 2),
                unitsMax: figure.unitsMax,
                retriedCommits: figure.retriedCommits,
              },
            ]),
          ),
          unitsMeanRatio10to1: rounded(ten.unitsMean / one.unitsMean, 3),
        },
      },
      report: [
        `Many leads at once: ${grouped(leads)} leads into one territory weighted ${BUSY_WEIGHTS.join(', ')}, K creators interleaved (seed ${SEED})`,
        ...formatTable(
          ['creators', 'lost', 'largest deviation', 'units median', 'units mean', 'units max', 'retried commits'],
          figures.map((figure) => [
            String(figure.threads),
            grouped(figure.lost),
            grouped(figure.largestDeviation, 1),
            grouped(figure.unitsMedian),
            grouped(figure.unitsMean, 2),
            grouped(figure.unitsMax),
            grouped(figure.retriedCommits),
          ]),
        ),
        `Units per lead create, mean at 10 creators against 1: ${grouped(ten.unitsMean / one.unitsMean, 3)}×`,
      ],
      targets: settings.quick ? [] : targets,
    };
  },
};
