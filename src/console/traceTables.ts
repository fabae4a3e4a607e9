/** The trace of a test as tables: the territories considered with their criteria, and each one's members. */
import type { CriterionCheck, Decision, MemberTrace, TerritoryTrace } from '../engine';
import { choiceName, type FormChoices } from './choices';
import { CRITERION_NAMES } from './criterionNames';
import { html, type Html } from './html';
import { memberWhy } from './memberWhy';

const OUTCOME_LABELS: Readonly<Record<TerritoryTrace['outcome'], string>> = {
  NO_MATCH: 'does not match',
  ROUTED: 'routed the lead',
  FALLBACK: 'gave the lead to its fallback rep',
  NO_ELIGIBLE_MEMBER: 'matches, but no member is eligible and no fallback rep can take it',
  KEPT_CURRENT_REP: 'kept the current rep',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The form lists that name the ids select criteria hold. */
const LIST_OF: Partial<Record<CriterionCheck['criterion'], 'leadSources' | 'categories' | 'subsidiaries'>> = {
  leadSource: 'leadSources',
  category: 'categories',
  subsidiary: 'subsidiaries',
};

/** Select criteria hold ids: shown with their names where the form's lists know them. */
function valuesOf(check: CriterionCheck, choices: FormChoices, values: readonly string[]): string {
  const list = LIST_OF[check.criterion];
  return values.map((value) => (list === undefined ? value : choiceName(choices[list], value))).join(', ');
}

function checkRow(check: CriterionCheck, choices: FormChoices): Html {
  const observed = check.observed === '' ? '(empty)' : valuesOf(check, choices, [check.observed]);
  const matched = check.matchedEntry === undefined ? '' : ` (pattern ${check.matchedEntry})`;
  return html`<li class="${check.passed ? 'pass' : 'fail'}">${check.passed ? '✓' : '✗'} ${capitalised(CRITERION_NAMES[check.criterion])}: lead has ${observed}; territory expects ${valuesOf(check, choices, check.expected)}${matched}</li>`;
}

function memberRow(member: MemberTrace, winnerRepId: string | null, decided: boolean): Html {
  const picked = decided && member.repId === winnerRepId;
  return html`<tr class="member"><td>${member.memberId}</td><td>${member.repName} (${member.repId})</td><td>${member.weight}</td>
<td class="${member.eligible ? 'pass' : 'fail'}">${memberWhy(member)}</td><td>${member.turns}</td><td>${member.effectiveTurns ?? ''}</td><td>${member.openLeads ?? ''}</td><td>${picked ? 'picked' : ''}</td></tr>`;
}

function membersTable(territory: TerritoryTrace, decision: Decision): Html {
  const members = territory.members ?? [];
  const decided = territory.outcome === 'ROUTED';
  const fallback = territory.fallbackRep;
  const fallbackLine =
    fallback === undefined
      ? html`<p class="muted">${territory.outcome === 'ROUTED' ? 'Fallback rep: not needed, a member was eligible.' : 'No fallback rep.'}</p>`
      : html`<p>Fallback rep: ${fallback.repName} (${fallback.repId}) — ${fallback.usable ? 'can take leads' : memberWhy({ eligible: false, why: fallback.why })}</p>`;
  if (members.length === 0) return html`<p class="muted">No active members.</p>${fallbackLine}`;
  return html`<table class="members"><tr><th>Member</th><th>Rep</th><th>Weight</th><th>Eligible?</th><th>Turns</th><th>Effective turns</th><th>Open leads</th><th></th></tr>
${members.map((member) => memberRow(member, decision.repId, decided))}</table>${fallbackLine}`;
}

/** Every territory the test considered, in routing order. */
export function territoriesTable(decision: Decision, choices: FormChoices): Html {
  const { trace } = decision;
  if (trace.territories.length === 0) return html`<p class="muted">No territory was considered (a step before territories decided, or none is set up).</p>`;
  const rows = trace.territories.map(
    (territory) => html`<tr class="territory" data-territory="${territory.territoryId}"><td>${territory.priority}</td><td>${territory.name} (${territory.territoryId})${territory.beforeOwner ? html`<br><span class="muted before-owner">routed before existing-owner matching</span>` : ''}</td>
<td class="${territory.matched ? 'pass' : 'fail'}">${OUTCOME_LABELS[territory.outcome]}${territory.method === undefined ? '' : `, ${territory.method === 'load_balanced' ? 'load balanced' : 'round robin'}`}</td>
<td><ul>${territory.checks.length === 0 ? html`<li class="muted">no criteria: matches every lead</li>` : territory.checks.map((check) => checkRow(check, choices))}</ul>
${territory.matched ? membersTable(territory, decision) : ''}</td></tr>`,
  );
  const after = trace.notReached === undefined ? '' : html`<p class="muted">${trace.notReached === 1 ? '1 later territory was' : `${trace.notReached} later territories were`} not reached: the one above decided.</p>`;
  return html`<table id="territories"><tr><th>Priority</th><th>Territory</th><th>Outcome</th><th>Criteria and members</th></tr>${rows}</table>${after}`;
}
