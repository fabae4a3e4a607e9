/**
 * The distribution view's charts, drawn as inline SVG by this code (nothing loaded from elsewhere). Every label and
 * tooltip goes through `html`, so names in a chart are escaped like everywhere else on the page.
 */
import { html, raw, type Html } from '../html';

const FONT = 'font-family="Arial, Helvetica, sans-serif" font-size="11"';
const BAR = '#607799';
const SHARE = '#b33a3a';

function rounded(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export interface ShareBar {
  label: string;
  value: number;
  share: number;
}

/**
 * Horizontal bars, one per row, with a red tick at each row's fair share.
 *
 * @example
 * barsAgainstShare('Leads per rep', [{ label: 'Ana Ruiz', value: 12, share: 10.5 }]).markup; // '<figure …><svg …>…</svg></figure>'
 */
export function barsAgainstShare(caption: string, id: string, rows: readonly ShareBar[]): Html {
  const labelWidth = 190;
  const barWidth = 380;
  const rowHeight = 20;
  const top = 22;
  const most = Math.max(1, ...rows.flatMap((row) => [row.value, row.share]));
  const x = (value: number) => labelWidth + (value / most) * barWidth;
  const height = top + rows.length * rowHeight + 8;
  const bars = rows.map((row, at) => {
    const y = top + at * rowHeight;
    const tip = `${row.label}: ${row.value} leads, fair share ${rounded(row.share)}`;
    return html`<g><title>${tip}</title><text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end">${row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}</text><rect x="${labelWidth}" y="${y + 3}" width="${(x(row.value) - labelWidth).toFixed(1)}" height="${rowHeight - 6}" fill="${BAR}"/><line x1="${x(row.share).toFixed(1)}" x2="${x(row.share).toFixed(1)}" y1="${y + 1}" y2="${y + rowHeight - 1}" stroke="${SHARE}" stroke-width="2"/><text x="${(Math.max(x(row.value), x(row.share)) + 4).toFixed(1)}" y="${y + 13}">${row.value}</text></g>`;
  });
  const legend = html`<rect x="${labelWidth}" y="4" width="10" height="10" fill="${BAR}"/><text x="${labelWidth + 14}" y="13">leads routed</text><line x1="${labelWidth + 110}" x2="${labelWidth + 110}" y1="3" y2="15" stroke="${SHARE}" stroke-width="2"/><text x="${labelWidth + 116}" y="13">weighted fair share</text>`;
  return html`<figure><figcaption>${caption}</figcaption><svg id="${id}" xmlns="http://www.w3.org/2000/svg" role="img" width="${labelWidth + barWidth + 50}" height="${height}" ${raw(FONT)}>${legend}${bars}</svg></figure>`;
}

export interface DayBar {
  day: string;
  counts: ReadonlyMap<string, number>;
}

/**
 * One stacked column per day, a colour per status, in the order `series` gives.
 *
 * @example
 * stackedDays('Leads per day by status', 'per-day', days, [{ key: 'ROUTED', label: 'Routed', colour: '#4a78b5' }]);
 */
export function stackedDays(caption: string, id: string, days: readonly DayBar[], series: readonly { key: string; label: string; colour: string }[]): Html {
  const left = 36;
  const plotHeight = 160;
  const top = 26;
  const column = Math.max(6, Math.min(24, Math.floor(620 / Math.max(1, days.length))));
  const width = left + days.length * column + 10;
  const most = Math.max(1, ...days.map((day) => [...day.counts.values()].reduce((sum, leads) => sum + leads, 0)));
  const y = (leads: number) => top + plotHeight - (leads / most) * plotHeight;
  // A day's label (MM-DD) needs about 34 pixels.
  const labelEvery = Math.max(1, Math.ceil(34 / column));
  const columns = days.map((day, at) => {
    let below = 0;
    const stack = series.flatMap((one) => {
      const leads = day.counts.get(one.key) ?? 0;
      if (leads === 0) return [];
      const rect = html`<rect x="${left + at * column + 1}" y="${y(below + leads).toFixed(1)}" width="${column - 2}" height="${(y(below) - y(below + leads)).toFixed(1)}" fill="${one.colour}"><title>${day.day}: ${leads} ${one.label}</title></rect>`;
      below += leads;
      return [rect];
    });
    const label = at % labelEvery === 0 ? html`<text x="${left + at * column + column / 2}" y="${top + plotHeight + 14}" text-anchor="middle">${day.day.slice(5)}</text>` : '';
    return html`${stack}${label}`;
  });
  const axis = html`<line x1="${left}" x2="${width - 6}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="#8a96a3"/><text x="${left - 4}" y="${top + 4}" text-anchor="end">${most}</text><text x="${left - 4}" y="${top + plotHeight}" text-anchor="end">0</text>`;
  let offset = left;
  const legend = series.map((one) => {
    const item = html`<rect x="${offset}" y="4" width="10" height="10" fill="${one.colour}"/><text x="${offset + 14}" y="13">${one.label}</text>`;
    offset += 24 + one.label.length * 6;
    return item;
  });
  return html`<figure><figcaption>${caption}</figcaption><svg id="${id}" xmlns="http://www.w3.org/2000/svg" role="img" width="${Math.max(width, offset + 10)}" height="${top + plotHeight + 22}" ${raw(FONT)}>${legend}${axis}${columns}</svg></figure>`;
}
