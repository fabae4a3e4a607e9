/** N-module methods take an options object, and some also positional arguments; these read either form. */
import { missingArgument } from '../errors';

export type Options = Record<string, unknown>;

/** The options object, or the positional arguments mapped onto `names`. */
export function optionsOf(args: readonly unknown[], names: readonly string[]): Options {
  const [first] = args;
  if (typeof first === 'object' && first !== null && !Array.isArray(first) && !(first instanceof Date)) return first as Options;
  return Object.fromEntries(names.map((name, index) => [name, args[index]]));
}

export function requiredString(options: Options, name: string): string {
  const value = options[name];
  if (value === undefined || value === null || value === '') throw missingArgument(name);
  return String(value);
}

export function requiredNumber(options: Options, name: string): number {
  const value = options[name];
  if (value === undefined || value === null || value === '' || !Number.isFinite(Number(value))) throw missingArgument(name);
  return Number(value);
}
