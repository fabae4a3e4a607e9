/** A script deployment's record, found by its script id: a search for its internal id (10) and a load (5, "other record"). */
import record from 'N/record';
import search from 'N/search';
import { UNITS } from './unitCosts';
import { ensureUnits } from './governance';
import { RECORD } from './ids';
import { firstRows } from './searchRows';

/**
 * null when the account has no such deployment.
 *
 * @example
 * loadDeploymentRecord('customdeploy_tlr_ue_lead')?.getValue({ fieldId: 'custscript_tlr_match_owner' }); // true
 */
export function loadDeploymentRecord(deploymentScriptId: string): record.Record | null {
  const query = search.create({ type: RECORD.scriptDeployment, filters: [['scriptid', 'is', deploymentScriptId]], columns: ['internalid'] });
  const [id] = firstRows(query, (result) => String(result.id), 1);
  if (id === undefined) return null;
  ensureUnits(UNITS.entityLoad);
  return record.load({ type: RECORD.scriptDeployment, id });
}
