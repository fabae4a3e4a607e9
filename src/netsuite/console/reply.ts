/** What a console view answers, and how it is written to N/http's ServerResponse. */
import http from 'N/http';
import { DEPLOYMENT, SCRIPT } from '../ids';

export type ConsoleReply =
  | { kind: 'html'; body: string }
  | { kind: 'json'; body: unknown }
  | { kind: 'csv'; fileName: string; body: string }
  /** A file to save: an account export. */
  | { kind: 'json-file'; fileName: string; body: string }
  /** Back to the console with these parameters (after a POST, so a reload does not post again). */
  | { kind: 'redirect'; params: Record<string, string> };

export function writeReply(response: http.ServerResponse, reply: ConsoleReply): void {
  switch (reply.kind) {
    case 'html':
      response.setHeader({ name: 'Content-Type', value: 'text/html; charset=utf-8' });
      response.write({ output: reply.body });
      return;
    case 'json':
      response.setHeader({ name: 'Content-Type', value: 'application/json; charset=utf-8' });
      response.write({ output: JSON.stringify(reply.body) });
      return;
    case 'csv':
    case 'json-file':
      response.setHeader({ name: 'Content-Type', value: `${reply.kind === 'csv' ? 'text/csv' : 'application/json'}; charset=utf-8` });
      response.setHeader({ name: 'Content-Disposition', value: `attachment; filename="${reply.fileName.replace(/[^\w.-]/g, '_')}"` });
      response.write({ output: reply.body });
      return;
    case 'redirect':
      response.sendRedirect({ type: http.RedirectType.SUITELET, identifier: SCRIPT.slConsole, id: DEPLOYMENT.slConsole, parameters: reply.params });
  }
}
