/** Territory health: exact findings over a compiled plan and the account's leads (SPEC §6). */
export type * from './types';
export { analyseHealth } from './analyseHealth';
export { commonLead, coverage, leadOf, type Coverage } from './leadClasses';
