/**
 * @NApiVersion 2.1
 * @NScriptType Suitelet
 * @NModuleScope SameAccount
 */
// customscript_tlr_sl_console: the routing console — test a lead (dry run) and start or read realignments.
import type { EntryPoints } from 'N/types';
import { serveConsole } from '../netsuite/console/serveConsole';

const onRequest: EntryPoints.Suitelet.onRequest = (context) => {
  serveConsole(context.request, context.response);
};

export default { onRequest };
