/**
 * Governance: unit costs per API call, from the project's one cost table (governance/unitCosts.json, which the
 * scripts' budgets read too), and the usage limit of each script type. Every metered N-module call charges the
 * execution's Meter before it acts; the call that would pass the limit throws SSS_USAGE_LIMIT_EXCEEDED, as NetSuite
 * does. Limits: NetSuite Help, script type limits (section_N3351480, map/reduce section_0801064715).
 */
import costs from '../../governance/unitCosts.json';
import { suiteScriptError } from './errors';
import type { RecordKind, ScriptType } from './schema/model';

/** Record APIs cost by record kind: transaction / custom record / every other record (entities such as lead). */
export const RECORD_UNIT_COSTS: Readonly<Record<keyof typeof costs.recordCalls, Readonly<Record<RecordKind, number>>>> = costs.recordCalls;

export const UNIT_COSTS: Readonly<Record<keyof typeof costs.calls, number>> = costs.calls;

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

const nothingFirst = (): void => undefined;

export class Meter {
  private usedUnits = 0;
  readonly charges: Charge[] = [];

  /** @param beforeCharge runs before each charge: where a concurrent run may let other work overtake the call. */
  constructor(
    readonly limit: number,
    private readonly beforeCharge: () => void = nothingFirst,
  ) {}

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
    this.beforeCharge();
    if (this.usedUnits + units > this.limit) {
      throw suiteScriptError('SSS_USAGE_LIMIT_EXCEEDED', 'Script Execution Usage Limit Exceeded');
    }
    this.usedUnits += units;
    this.charges.push({ api, units });
  }
}
