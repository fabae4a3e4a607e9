/**
 * The distribution view (SPEC §6 `distribution`): the period form, leads per status, the two charts (leads per rep
 * against the weighted fair share; leads per day by status) and, per territory and rep, the leads routed against
 * the fair share. The JSON answer carries the same figures.
 */
import { html, type Html } from '../html';
import { hiddenFields, type ConsoleAddress } from '../links';
import { consolePage, message } from '../page';
import { statusWords } from '../statusWords';
import { barsAgainstShare, stackedDays } from './charts';
import { NO_STATUS, type Distribution } from './distribution';
import type { Period } from './distributionInput';

export interface DistributionPage {
  address: ConsoleAddress;
  /** What the form shows. */
  period: Period;
  error: string | null;
  found: Distribution | null;
  territoryNames: ReadonlyMap<string, string>;
  repNames: ReadonlyMap<string, string>;
  units: number | null;
}

const COLOURS: Readonly<Record<string, string>> = {
  ROUTED: '#4a78b5',
  FALLBACK: '#e0a33b',
  OWNER: '#6aa86a',
  KEPT: '#8f7fc0',
  DEFAULT: '#c9603f',
  UNASSIGNED: '#9aa5b1',
  ERROR: '#b33a3a',
  MANUAL: '#3aa3a3',
  REASSIGNED: '#3aa3a3',
  [NO_STATUS]: '#d4dae2',
};

/** @example statusLabel('NONE'); // 'No status' */
export function statusLabel(status: string): string {
  return status === NO_STATUS ? 'No status' : statusWords(status);
}

const share = (value: number | null) => (value === null ? '—' : value.toFixed(1));

function figures(found: Distribution, page: DistributionPage): Html {
  const territory = (id: string) => html`${page.territoryNames.get(id) ?? `Territory ${id}`} <span class="muted">(${id})</span>`;
  const repName = (id: string) => page.repNames.get(id) ?? `Employee ${id}`;
  const statuses = html`<table id="by-status"><thead><tr><th>Status</th><th>Leads</th></tr></thead><tbody>${found.byStatus.map((row) => html`<tr><td>${statusLabel(row.status)}</td><td class="number">${row.leads}</td></tr>`)}<tr><th>All</th><th class="number">${found.total}</th></tr></tbody></table>`;
  const series = Object.keys(COLOURS)
    .filter((status) => found.byStatus.some((row) => row.status === status))
    .concat(found.byStatus.map((row) => row.status).filter((status) => !(status in COLOURS)))
    .map((status) => ({ key: status, label: statusLabel(status), colour: COLOURS[status] ?? '#555' }));
  const repChart = found.reps.length === 0 ? html`<p class="muted">No lead was routed to a member in the period.</p>` : barsAgainstShare('Leads per rep against the weighted fair share', 'chart-reps', found.reps.map((rep) => ({ label: repName(rep.rep), value: rep.routed, share: rep.fairShare })));
  const rows = found.territories.flatMap((one) =>
    one.reps.map(
      (rep, at) =>
        html`<tr>${at === 0 ? html`<td rowspan="${one.reps.length}">${territory(one.territory)}<div class="muted">${one.routed} routed, ${one.fallback} to the fallback rep</div></td>` : ''}<td>${repName(rep.rep)} <span class="muted">(${rep.rep})</span></td><td class="number">${rep.routed}</td><td class="number">${share(rep.fairShare)}</td><td class="number">${rep.fairShare === null ? '—' : (rep.routed - rep.fairShare).toFixed(1)}</td></tr>`,
    ),
  );
  const table = rows.length === 0 ? html`<p class="muted">No territory routed a lead in the period.</p>` : html`<table id="by-territory"><thead><tr><th>Territory</th><th>Sales rep</th><th>Routed</th><th>Fair share</th><th>Difference</th></tr></thead><tbody>${rows}</tbody></table>`;
  return html`<h2>Leads per status</h2>${statuses}${stackedDays('Leads per day by status', 'chart-days', found.byDay, series)}<h2>Leads per rep</h2>${repChart}<h2>Per territory and rep</h2><p class="muted">Fair share: each day's routed leads of the territory split by the weights of its members who could take leads that day (active sales rep, not away), members as they stand now; — for a rep who is no member now.</p>${table}`;
}

export function renderDistributionPage(page: DistributionPage): string {
  const form = html`<form method="GET" class="facts">${hiddenFields(page.address, { action: 'distribution' })}<div><label for="from">From</label><input type="text" id="from" name="from" value="${page.period.from}"></div><div><label for="until">Until</label><input type="text" id="until" name="until" value="${page.period.until}"></div><div><label>&nbsp;</label><button type="submit" id="run-distribution">Show</button></div></form>`;
  const intro = html`<p class="muted">Leads created from ${page.period.from} through ${page.period.until} that routing decided, and leads in the lead stage it has not decided yet, by their current status, territory and sales rep.${page.units === null ? '' : ` ${page.units} units.`}</p>`;
  const body = html`${form}${page.error === null ? '' : message('error', page.error)}${intro}${page.found === null ? '' : figures(page.found, page)}`;
  return consolePage(page.address, 'distribution', 'Distribution', body);
}

/** @example distributionJson(found, units).byStatus; // [{ status: 'ROUTED', leads: 12 }, …] */
export function distributionJson(found: Distribution, units: number): Record<string, unknown> {
  return {
    from: found.period.from,
    until: found.period.until,
    total: found.total,
    byStatus: found.byStatus,
    byDay: found.byDay.map((day) => ({ day: day.day, ...Object.fromEntries(day.counts) })),
    territories: found.territories,
    reps: found.reps,
    units,
  };
}
