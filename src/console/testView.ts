/**
 * The test view (SPEC §6, `action=test`): the form of lead facts (or an existing lead's id), then the decision of
 * the dry run with its whole trace — the keep-existing and owner steps with the owner candidates, every territory
 * considered with its criteria and members, the default rep — and the answer to "why not this rep?".
 */
import type { Decision, LeadFacts } from '../engine';
import { choiceName, type Choice, type FormChoices } from './choices';
import { exampleParams } from './health/exampleLead';
import { html, type Html } from './html';
import { hiddenFields, type ConsoleAddress } from './links';
import { memberWhy } from './memberWhy';
import type { OwnerRow } from './ownerRows';
import { consolePage, message } from './page';
import { statusWords } from './statusWords';
import { territoriesTable } from './traceTables';

export interface TestOutcome {
  /** The facts the test ran on (an existing lead's, when one was named). */
  facts: LeadFacts;
  decision: Decision;
  /** Pause Routing is on: a lead created now would be saved as entered. */
  paused: boolean;
  owners: OwnerRow[];
  /** Display names of the reps the trace or the test named, by id. */
  repNames: ReadonlyMap<string, string>;
  whyNot: string | null;
}

export interface TestPage {
  address: ConsoleAddress;
  choices: FormChoices;
  /** What the form shows: the request's values, or an existing lead's facts. */
  values: Readonly<Record<string, string>>;
  error: string | null;
  outcome: TestOutcome | null;
  /** Governance units the request used, measured up to the rendering. */
  units: number | null;
}

/** The form's values for facts (an existing lead's, so it can be changed and tested again). */
export function factValues(facts: LeadFacts): Record<string, string> {
  return { ...exampleParams(facts), email: facts.email, companyname: facts.companyName, salesrep: facts.salesRepId ?? '' };
}

function textField(name: string, label: string, value: string, wide = false): Html {
  return html`<div class="${wide ? 'wide' : ''}"><label for="f-${name}">${label}</label><input type="text" id="f-${name}" name="${name}" value="${value}"></div>`;
}

function selectField(name: string, label: string, choices: readonly Choice[] | null, value: string): Html {
  if (choices === null) return textField(name, `${label} (internal id)`, value);
  const known = value === '' || choices.some((choice) => choice.id === value);
  const options = [
    html`<option value="">(none)</option>`,
    ...choices.map((choice) => html`<option value="${choice.id}"${choice.id === value ? html` selected` : ''}>${choice.name}</option>`),
    ...(known ? [] : [html`<option value="${value}" selected>${value}</option>`]),
  ];
  return html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${options}</select></div>`;
}

function testForm(page: TestPage): Html {
  const value = (name: string) => page.values[name] ?? '';
  const { choices } = page;
  return html`<form class="facts" method="get" action="${page.address.path}">${hiddenFields(page.address, { action: 'test' })}
${textField('country', 'Country (ISO code)', value('country'))}${textField('state', 'State / province', value('state'))}${textField('zip', 'Postal code', value('zip'))}
${selectField('leadsource', 'Lead source', choices.leadSources, value('leadsource'))}${selectField('category', 'Category', choices.categories, value('category'))}
${choices.oneWorld ? selectField('subsidiary', 'Subsidiary', choices.subsidiaries, value('subsidiary')) : ''}
${textField('email', 'Email', value('email'))}${textField('companyname', 'Company name', value('companyname'))}${textField('salesrep', 'Sales rep entered (internal id)', value('salesrep'))}
${textField('lead', 'Or an existing lead (internal id): its facts are used', value('lead'))}${textField('rep', 'Why not this rep? (employee internal id)', value('rep'))}
<div class="wide"><button type="submit" id="run-test">Test routing</button> <span class="muted">A dry run: nothing is written and no rep's turn is taken.</span></div></form>`;
}

function repLabel(outcome: TestOutcome, repId: string | null): string {
  if (repId === null) return 'none';
  return `${outcome.repNames.get(repId) ?? `employee #${repId}`} (${repId})`;
}

function stepsBefore(outcome: TestOutcome): Html {
  const { trace } = outcome.decision;
  const keep = trace.keepExisting;
  const keepLine =
    keep === undefined
      ? html`<li>Keep the entered rep: not checked.</li>`
      : html`<li id="step-keep">Keep the entered rep: ${keep.applied ? `applied — ${keep.repName ?? keep.repId}` : keep.repId === null ? 'no rep entered' : 'not applied'}</li>`;
  const owner = trace.owner;
  const ownerLine =
    owner === undefined
      ? html`<li>Existing owner: not reached${trace.territories.some((territory) => territory.beforeOwner) ? ' (territories routed before existing-owner matching come first)' : ''}.</li>`
      : html`<li id="step-owner">Existing owner: ${owner.considered ? `searched by email domain ${owner.emailDomain ?? '(none)'} and company name ${owner.companyKey ?? '(none)'}; ${owner.candidates} candidate(s)` : 'not searched'}${owner.note === undefined ? '' : ` — ${owner.note}`}${owner.winner === undefined ? '' : ` — owner: ${owner.winner.stage.toLowerCase()} ${owner.winner.recordId}, rep ${owner.winner.repName}`}</li>`;
  return html`<ol class="steps">${keepLine}${ownerLine}</ol>`;
}

function ownersTable(owners: readonly OwnerRow[]): Html {
  if (owners.length === 0) return html`<p class="muted">No owner candidates.</p>`;
  return html`<table id="owners"><tr><th>Record</th><th>Stage</th><th>Email</th><th>Company</th><th>Rep</th><th>Matched by</th><th>Standing</th></tr>
${owners.map((owner) => html`<tr class="owner"><td>${owner.recordId}</td><td>${owner.stage}</td><td>${owner.email}</td><td>${owner.companyName}</td><td>${owner.repName} (${owner.repId})</td><td>${owner.matchedBy}</td><td>${owner.standing}</td></tr>`)}</table>`;
}

function defaultRepLine(outcome: TestOutcome): Html {
  const defaultRep = outcome.decision.trace.defaultRep;
  if (defaultRep === undefined) return html`<p class="muted">Default rep: not reached.</p>`;
  if (defaultRep.repId === null) return html`<p id="step-default">Default rep: none set.</p>`;
  return html`<p id="step-default">Default rep: ${defaultRep.repName ?? defaultRep.repId} — ${defaultRep.usable ? 'takes the lead' : memberWhy({ eligible: false, why: defaultRep.why })}</p>`;
}

function result(page: TestPage, outcome: TestOutcome): Html {
  const { decision } = outcome;
  const territoryName = decision.trace.territories.find((territory) => territory.territoryId === decision.territoryId)?.name;
  const territory = decision.territoryId === null ? 'none' : `${territoryName ?? 'territory'} (${decision.territoryId})`;
  const units = page.units === null ? '' : html`<p class="muted" id="units">This test used ${page.units} governance units.</p>`;
  const whyNot = outcome.whyNot === null ? '' : html`<h2>Why not this rep?</h2><p id="why-not">${outcome.whyNot}</p>`;
  const facts = outcome.facts;
  const testedFacts = [
    `country ${facts.country || '(empty)'}`,
    `state ${facts.state || '(empty)'}`,
    `postal code ${facts.postalCode || '(empty)'}`,
    `lead source ${facts.leadSource === null ? '(empty)' : choiceName(page.choices.leadSources, facts.leadSource)}`,
    `category ${facts.category === null ? '(empty)' : choiceName(page.choices.categories, facts.category)}`,
    ...(!page.choices.oneWorld ? [] : [`subsidiary ${facts.subsidiary === null ? '(empty)' : choiceName(page.choices.subsidiaries, facts.subsidiary)}`]),
    `email ${facts.email || '(empty)'}`,
    `company ${facts.companyName || '(empty)'}`,
  ].join('; ');
  const paused = outcome.paused ? message('info', 'Routing is paused (Pause Routing on the lead routing deployment): a lead created now would be saved as entered. Below is what routing decides once it is resumed.') : '';
  return html`<h2>Decision</h2>${paused}<div class="decision" id="decision">
<div class="status" id="decision-status" data-status="${decision.status}">${statusWords(decision.status)}</div>
<div>Sales rep: <span id="decision-rep">${repLabel(outcome, decision.repId)}</span> · Territory: <span id="decision-territory">${territory}</span></div>
<p id="decision-reason">${decision.reason}</p><p class="muted">Tested: ${testedFacts}${facts.id === null ? '' : ` (lead ${facts.id})`}.</p>${units}</div>
${whyNot}<h2>Before territories</h2>${stepsBefore(outcome)}<h3>Owner candidates</h3>${ownersTable(outcome.owners)}
<h2>Territories considered</h2>${territoriesTable(decision, page.choices)}<h2>After territories</h2>${defaultRepLine(outcome)}`;
}

/** The whole test page. */
export function renderTestPage(page: TestPage): string {
  const body = html`<h2>Test a lead</h2><p>Where would a lead created now go, and why? Enter its facts, or the internal id of an existing lead.</p>
${testForm(page)}${page.error === null ? '' : message('error', page.error)}${page.outcome === null ? '' : result(page, page.outcome)}`;
  return consolePage(page.address, 'test', 'Test a lead', body);
}
