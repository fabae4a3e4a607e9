/**
 * Governance: documented unit costs per API call and the usage limit of each script type. Every metered N-module
 * call charges the execution's Meter before it acts; the call that would pass the limit throws
 * SSS_USAGE_LIMIT_EXCEEDED, as NetSuite does. Sources: NetSuite Help, each method's page and the summary table
 * (section_157072844224), script type limits (section_N3351480, map/reduce section_0801064715), and the
 * `@governance` tags of Oracle's SuiteCloud stubs.
 */
import { suiteScriptError } from './errors';
import type { RecordKind, ScriptType } from './schema/model';

type ByKind = Readonly<Record<RecordKind, number>>;
const byKind = (transaction: number, custom: number, other: number): ByKind => ({ transaction, custom, other });

/** Record APIs cost by record kind: transaction / custom record / every other record (entities such as lead). */
export const RECORD_UNIT_COSTS = {
  'record.create': byKind(10, 2, 5),
  'record.load': byKind(10, 2, 5),
  'record.copy': byKind(10, 2, 5),
  'record.submitFields': byKind(10, 2, 5),
  'Record.save': byKind(20, 4, 10),
  'record.delete': byKind(20, 4, 10),
} as const;

export const UNIT_COSTS = {
  'search.load': 5,
  'search.lookupFields': 1,
  'ResultSet.getRange': 10,
  'ResultSet.each': 10,
  'Search.runPaged': 5,
  'PagedData.fetch': 5,
  'Cache.get.hit': 1,
  /** A miss that runs the loader; the loader's own calls are charged on top. */
  'Cache.get.miss': 2,
  'Cache.put': 1,
  'Cache.remove': 1,
  'ScheduledScriptTask.submit': 20,
  'MapReduceScriptTask.submit': 20,
  'file.load': 10,
  'File.save': 20,
  'file.delete': 20,
  'email.send': 20,
  'email.sendBulk': 10,
  'query.runSuiteQL': 10,
} as const;

export type RecordApi = keyof typeof RECORD_UNIT_COSTS;
export type MeteredApi = keyof typeof UNIT_COSTS;

/** Usage limit per invocation ([HELP:section_N3351480]; map/reduce per entry point [HELP:section_0801064715]). */
export function usageLimit(scriptType: ScriptType | 'Host', entryPoint: string): number {
  switch (scriptType) {
    case 'ScheduledScript':
      return 10_000;
    case 'Restlet':
      return 5_000;
    case 'MapReduceScript':
      return { getInputData: 10_000, map: 1_000, reduce: 5_000, summarize: 10_000 }[entryPoint] ?? 10_000;
    case 'Host':
      return Number.POSITIVE_INFINITY;
    default:
      return 1_000;
  }
}

export interface Charge {
  api: string;
  units: number;
}

export class Meter {
  private usedUnits = 0;
  readonly charges: Charge[] = [];

  constructor(readonly limit: number) {}

  charge(api: MeteredApi): void {
    this.spend(api, UNIT_COSTS[api]);
  }

  chargeRecord(api: RecordApi, kind: RecordKind): void {
    this.spend(api, RECORD_UNIT_COSTS[api][kind]);
  }

  get used(): number {
    return this.usedUnits;
  }

  remaining(): number {
    return this.limit - this.usedUnits;
  }

  private spend(api: string, units: number): void {
    if (this.usedUnits + units > this.limit) {
      throw suiteScriptError('SSS_USAGE_LIMIT_EXCEEDED', 'Script Execution Usage Limit Exceeded');
    }
    this.usedUnits += units;
    this.charges.push({ api, units });
  }
}
