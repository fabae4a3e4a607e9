/**
 * The routing console's request handling (customscript_tlr_sl_console): picks the view by `action`, answers HTML
 * or, with `format=json`, JSON. An unexpected failure is logged and answered with one line, never a stack trace.
 */
import type http from 'N/http';
import log from 'N/log';
import url from 'N/url';
import { consoleAddress } from '../../console/links';
import { consolePage, message } from '../../console/page';
import { remainingUnits } from '../governance';
import { DEPLOYMENT, SCRIPT } from '../ids';
import { distributionView } from './distributionAction';
import { exportDownload, exportView } from './exportAction';
import { healthView } from './healthAction';
import { realignView, reportDownload } from './realignAction';
import { writeReply, type ConsoleReply } from './reply';
import { testView } from './testAction';

function failure(error: unknown, json: boolean, address: ReturnType<typeof consoleAddress>): ConsoleReply {
  const { name, message: text } = (error ?? {}) as { name?: unknown; message?: unknown };
  const line = `The console could not answer (${String(name ?? 'Error')}): ${String(text ?? error)}`;
  log.error({ title: 'Routing console failed', details: `${line}\n${String((error as Error)?.stack ?? '')}` });
  return json ? { kind: 'json', body: { error: line } } : { kind: 'html', body: consolePage(address, 'test', 'Error', message('error', line)) };
}

/** @example serveConsole(context.request, context.response); // writes the page asked for */
export function serveConsole(request: http.ServerRequest, response: http.ServerResponse): void {
  const startUnits = remainingUnits();
  const unitsSoFar = () => startUnits - remainingUnits();
  const params = request.parameters as Record<string, string>;
  const json = params['format'] === 'json';
  const address = consoleAddress(url.resolveScript({ scriptId: SCRIPT.slConsole, deploymentId: DEPLOYMENT.slConsole }));
  let reply: ConsoleReply;
  try {
    const action = params['action'] ?? 'test';
    if (action === 'realign') reply = realignView(String(request.method), params, json, address);
    else if (action === 'report') reply = reportDownload(params, address);
    else if (action === 'health') reply = healthView(json, address, unitsSoFar);
    else if (action === 'distribution') reply = distributionView(params, json, address, unitsSoFar);
    else if (action === 'export') reply = exportView(String(request.method), params, json, address);
    else if (action === 'exportfile') reply = exportDownload(params, address);
    else reply = testView(params, json, address, unitsSoFar);
  } catch (error) {
    reply = failure(error, json, address);
  }
  writeReply(response, reply);
}
