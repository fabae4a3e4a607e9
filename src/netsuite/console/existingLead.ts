/** An existing lead's routing facts for the test view (record.load: 5 units). */
import record from 'N/record';
import { InputError } from '../../console/testInput';
import type { LeadFacts } from '../../engine';
import { RECORD } from '../ids';
import { readLeadFacts } from '../leadRecord';

/** NetSuite's error names for an id that is not a record of the type asked for. */
const NOT_A_LEAD = new Set(['RCRD_DSNT_EXIST', 'INVALID_RCRD_TYPE', 'SSS_INVALID_INTERNAL_ID']);

/**
 * Throws an InputError naming the id when no lead has it (a prospect or customer is not a lead).
 *
 * @example
 * existingLeadFacts('901'); // { id: '901', country: 'US', state: 'CA', … }
 */
export function existingLeadFacts(leadId: string): LeadFacts {
  try {
    return readLeadFacts(record.load({ type: RECORD.lead, id: leadId }));
  } catch (error) {
    if (NOT_A_LEAD.has(String((error as { name?: unknown })?.name))) throw new InputError(`lead: no lead has internal id ${leadId}`);
    throw error;
  }
}
