/**
 * The console's page frame: a title bar, the views as tabs, and one style sheet inside the page (nothing is loaded
 * from anywhere else, so the page works where NetSuite is reachable and nothing more). The look follows NetSuite's
 * own list and form pages: dark title bar, grey section headings, compact tables.
 */
import { html, raw, type Html } from './html';
import { linkTo, type ConsoleAddress } from './links';

export type ConsoleView = 'test' | 'health' | 'distribution' | 'realign' | 'export';

const VIEWS: readonly [ConsoleView, string][] = [
  ['test', 'Test a lead'],
  ['health', 'Health'],
  ['distribution', 'Distribution'],
  ['realign', 'Realign'],
  ['export', 'Export'],
];

const STYLE = raw(`
body { margin: 0; font: 13px/1.4 Arial, Helvetica, sans-serif; color: #262626; background: #f6f7f9; }
header { background: #3e4b5c; color: #fff; padding: 10px 20px; }
header h1 { margin: 0; font-size: 18px; font-weight: normal; }
nav { background: #dfe4eb; padding: 0 20px; border-bottom: 1px solid #b7c1cc; }
nav a { display: inline-block; padding: 8px 14px; color: #24385b; text-decoration: none; }
nav a.active { background: #f6f7f9; border: 1px solid #b7c1cc; border-bottom-color: #f6f7f9; margin-bottom: -1px; font-weight: bold; }
main { padding: 12px 20px 40px; }
h2 { font-size: 14px; background: #e5e9ef; color: #24385b; padding: 5px 8px; margin: 18px 0 8px; border-left: 3px solid #607799; }
h3 { font-size: 13px; margin: 12px 0 6px; }
table { border-collapse: collapse; background: #fff; margin-bottom: 8px; }
th, td { border: 1px solid #d4dae2; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f5; font-weight: bold; color: #3e4b5c; }
form.facts { display: grid; grid-template-columns: repeat(3, minmax(180px, 260px)); gap: 8px 18px; }
label { display: block; font-size: 11px; color: #5c6b7a; text-transform: uppercase; }
label.confirm { font-size: 13px; color: inherit; text-transform: none; }
input[type=text], select { width: 100%; box-sizing: border-box; padding: 4px; border: 1px solid #aab4bf; font: inherit; }
button { background: #607799; color: #fff; border: 0; padding: 6px 16px; font: inherit; font-weight: bold; cursor: pointer; }
button.danger { background: #b33a3a; }
.message { padding: 8px 12px; margin: 10px 0; border: 1px solid; }
.message.error { background: #fdecea; border-color: #e0a3a0; color: #8a1f17; }
.message.info { background: #eaf2fb; border-color: #a9c4e4; }
.decision { background: #fff; border: 1px solid #d4dae2; padding: 10px 12px; }
.decision .status { font-weight: bold; font-size: 15px; }
.pass { color: #1d6b2f; } .fail { color: #a1261c; }
.muted { color: #6b7785; }
.wide { grid-column: 1 / -1; }
td.number { text-align: right; }
figure { margin: 8px 0 14px; background: #fff; border: 1px solid #d4dae2; padding: 8px; display: inline-block; }
figcaption { font-weight: bold; color: #3e4b5c; margin-bottom: 4px; }
`);

/** A whole page: the frame around one view's body. */
export function consolePage(address: ConsoleAddress, active: ConsoleView, title: string, body: Html): string {
  const tabs = VIEWS.map(([view, label]) => html`<a href="${linkTo(address, { action: view })}" class="${view === active ? 'active' : ''}">${label}</a>`);
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} · Routing Console</title><style>${STYLE}</style></head>
<body><header><h1>Routing Console</h1></header><nav>${tabs}</nav><main>${body}</main></body></html>`.markup;
}

/** A one-line message; `error` messages are what bad input gets. */
export function message(kind: 'error' | 'info', text: string): Html {
  return html`<div class="message ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</div>`;
}
