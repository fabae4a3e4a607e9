/**
 * The health view (SPEC §6 `health`): what the territory set hides, as tables an administrator can act on — overlaps,
 * shadowed and overflow territories and those no lead can match, the gaps among the last 90 days' leads, staffing
 * over the next two weeks, reps in no territory or at capacity, and the territories skipped for invalid data. Every
 * example lead links to the test view with its facts, so the finding can be checked against the routing itself.
 */
import type { ExampleLead, HealthReport } from '../../engine';
import type { FormChoices } from '../choices';
import { html, type Html } from '../html';
import { linkTo, type ConsoleAddress } from '../links';
import { consolePage } from '../page';
import { exampleParams, exampleWords } from './exampleLead';
import type { HealthCounts } from './healthJson';

export interface HealthPage {
  address: ConsoleAddress;
  report: HealthReport;
  /** Display names by internal id: every territory of the plan and the skipped ones; every rep read. */
  territoryNames: ReadonlyMap<string, string>;
  repNames: ReadonlyMap<string, string>;
  /** Each skipped territory's problems in words. */
  problems: ReadonlyMap<string, readonly string[]>;
  choices: FormChoices;
  counts: HealthCounts;
  gapDays: number;
}

const PROBLEM_WORDS = { NONE_ELIGIBLE_TODAY: 'No one can take a lead today', NONE_ELIGIBLE_SOON: 'No one can take a lead soon' } as const;

function section(title: string, id: string, explanation: string, rows: readonly Html[], head: Html): Html {
  const body = rows.length === 0 ? html`<p class="muted">None found.</p>` : html`<table id="${id}"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
  return html`<h2>${title} (${rows.length})</h2><p class="muted">${explanation}</p>${body}`;
}

export function renderHealthPage(page: HealthPage): string {
  const { report, counts } = page;
  const territory = (id: string) => html`${page.territoryNames.get(id) ?? `Territory ${id}`} <span class="muted">(${id})</span>`;
  const territories = (ids: readonly string[]) => ids.map((id, at) => html`${at > 0 ? ', ' : ''}${territory(id)}`);
  const rep = (id: string) => html`${page.repNames.get(id) ?? `Employee ${id}`} <span class="muted">(${id})</span>`;
  const example = (lead: ExampleLead) => html`${exampleWords(lead, page.choices)} · <a href="${linkTo(page.address, { action: 'test', ...exampleParams(lead) })}">test it</a>`;
  const covered = (found: HealthReport['shadowed']) => found.map((one) => html`<tr><td>${territory(one.territory)}</td><td>${territories(one.by)}</td><td>${example(one.example)}</td></tr>`);
  const coveredHead = html`<tr><th>Territory</th><th>Taken first by</th><th>Example lead</th></tr>`;
  const count = (items: readonly unknown[], one: string, many = `${one}s`) => `${items.length} ${items.length === 1 ? one : many}`;
  const summary = html`<p id="health-summary">${count(report.overlaps, 'overlap')}, ${report.shadowed.length} shadowed, ${count(report.gaps, 'gap')}, ${count(report.staffing, 'staffing problem')}, ${report.skipped.length} skipped. Gaps are looked for among ${counts.leadsRead} active leads created in the last ${page.gapDays} days (${counts.leadGroups} groups of equal facts, read aggregated). <span class="muted">${counts.units} units.</span></p>`;
  const body = html`${summary}
${section('Overlaps', 'overlaps', 'Two territories of one priority that one lead can match: the lower internal id always wins it.', report.overlaps.map((overlap) => html`<tr><td>${territories(overlap.territories)}</td><td>${example(overlap.example)}</td></tr>`), html`<tr><th>Territories</th><th>A lead both match</th></tr>`)}
${section('Shadowed', 'shadowed', 'Territories that never decide: every lead they match goes first to an earlier territory with an active fallback rep.', covered(report.shadowed), coveredHead)}
${section('Overflow', 'overflow', 'Territories reached only when an earlier territory matching the lead has no one to take it.', covered(report.overflow), coveredHead)}
${section('Never match', 'unmatchable', 'Criteria no lead can meet together (a state entry of a country the territory does not list).', report.unmatchable.map((id) => html`<tr><td>${territory(id)}</td></tr>`), html`<tr><th>Territory</th></tr>`)}
${section('Gaps', 'gaps', `Active leads of the last ${page.gapDays} days that match no territory: they go to the default rep or stay unassigned.`, report.gaps.map((gap) => html`<tr><td>${gap.country || '(none)'}</td><td>${gap.state || '(none)'}</td><td class="number">${gap.leads}</td><td>${example(gap.example)}</td></tr>`), html`<tr><th>Country</th><th>State</th><th>Leads</th><th>Example lead</th></tr>`)}
${section('Staffing', 'staffing', 'Territories without a usable fallback rep whose members cannot take a lead today, or on a day of the next two weeks (away, inactive, at capacity).', report.staffing.map((one) => html`<tr><td>${territory(one.territory)}</td><td>${PROBLEM_WORDS[one.problem]}</td><td>${one.from}</td><td>${one.until ?? 'no end within a year'}</td></tr>`), html`<tr><th>Territory</th><th>Problem</th><th>From</th><th>Until</th></tr>`)}
${section('Reps in no territory', 'reps-without-territory', 'Active sales reps who are an active member of no territory that routes.', report.repsWithoutTerritory.map((id) => html`<tr><td>${rep(id)}</td></tr>`), html`<tr><th>Sales rep</th></tr>`)}
${section('Reps at capacity', 'reps-at-capacity', 'Members whose rep holds as many open leads as the member may.', report.repsAtCapacity.map((one) => html`<tr><td>${rep(one.rep)}</td><td>${territory(one.territory)}</td><td class="number">${one.openLeads}</td><td class="number">${one.capacity}</td></tr>`), html`<tr><th>Sales rep</th><th>Territory</th><th>Open leads</th><th>Capacity</th></tr>`)}
${section('Skipped for invalid data', 'skipped', 'Territories routing leaves out whole until their data is fixed.', report.skipped.map((skipped) => html`<tr><td>${skipped.name} <span class="muted">(${skipped.territoryId})</span></td><td>${(page.problems.get(skipped.territoryId) ?? []).map((problem) => html`<div>${problem}</div>`)}</td></tr>`), html`<tr><th>Territory</th><th>Problems</th></tr>`)}`;
  return consolePage(page.address, 'health', 'Territory health', body);
}
