/**
 * Runs a map/reduce script's entry points the way NetSuite does for a script without reduce, over a bulk fake:
 * getInputData once, map once per key/value (its value JSON-encoded), summarize with the input error, the map
 * errors and the map output. Each stage is metered against its own limit. (The emulator will run them for real.)
 */
import type { BulkNetSuite } from './bulkNetSuite';

interface MapReduceScript {
  getInputData: (context: never) => unknown;
  map: (context: never) => unknown;
  summarize: (context: never) => unknown;
}

const LIMITS = { getInputData: 10_000, map: 1_000, summarize: 10_000 };

function iterator<T extends unknown[]>(entries: T[]) {
  return { iterator: () => ({ each: (callback: (...args: T) => boolean) => entries.every((entry) => callback(...entry)) }) };
}

function serialised(error: unknown): string {
  const { name, message } = error as { name?: string; message?: string };
  return JSON.stringify({ type: 'error.SuiteScriptError', name: name ?? 'Error', message: message ?? String(error) });
}

export function runMapReduce(script: MapReduceScript, netsuite: BulkNetSuite) {
  const outputs: [string, string][] = [];
  const mapErrors: [string, string, number][] = [];
  const mapUnits: number[] = [];
  let inputError = '';
  let input: Record<string, unknown> = {};

  netsuite.startStage(LIMITS.getInputData);
  try {
    input = script.getInputData({ isRestarted: false } as never) as Record<string, unknown>;
  } catch (error) {
    inputError = serialised(error);
  }
  const inputUnits = netsuite.stageUnits();

  for (const [key, value] of Object.entries(input)) {
    netsuite.startStage(LIMITS.map);
    const write = ({ key: outKey, value: outValue }: { key: string; value: string }) => outputs.push([outKey, outValue]);
    try {
      script.map({ key, value: JSON.stringify(value), write, isRestarted: false } as never);
    } catch (error) {
      mapErrors.push([key, serialised(error), 1]);
    }
    mapUnits.push(netsuite.stageUnits());
  }

  netsuite.startStage(LIMITS.summarize);
  script.summarize({
    isRestarted: false,
    inputSummary: { error: inputError },
    mapSummary: { errors: iterator(mapErrors) },
    output: iterator(outputs),
  } as never);

  return { input, inputError, inputUnits, mapUnits, outputs, summarizeUnits: netsuite.stageUnits() };
}
