import { barsAgainstShare, stackedDays } from '../../../src/console/distribution/charts';
import { distribution, type CountRow } from '../../../src/console/distribution/distribution';
import { daysOf, readPeriod } from '../../../src/console/distribution/distributionInput';
import { compilePlan } from '../../../src/engine';
import { memberRow, territoryRow } from '../../../tools/fixtures/rows';

/** Rep 8 is away on 2026-11-02; rep 10, a member of East, has left the company. */
const plan = compilePlan(
  [territoryRow({ id: '1', name: 'West', priority: 10, countries: 'US' }), territoryRow({ id: '2', name: 'East', priority: 20, countries: 'US' })],
  [
    memberRow({ id: '11', territoryId: '1', repId: '7', weight: 2 }),
    memberRow({ id: '12', territoryId: '1', repId: '8', awayFrom: '2026-11-02', awayUntil: '2026-11-02' }),
    memberRow({ id: '21', territoryId: '2', repId: '8' }),
    memberRow({ id: '22', territoryId: '2', repId: '10' }),
  ],
);
const rep = (id: string, isInactive = false) => [id, { id, name: `Rep ${id}`, isInactive, isSalesRep: true }] as const;
const reps = new Map([rep('7'), rep('8'), rep('9'), rep('10', true)]);

const row = (day: string, territory: string | null, rep: string | null, status: string, leads: number): CountRow => ({ day, territory, rep, status, leads });

describe('readPeriod', () => {
  it('defaults to the 30 days ending today, and takes either end alone', () => {
    expect(readPeriod({}, '2026-11-26')).toEqual({ from: '2026-10-28', until: '2026-11-26' });
    expect(readPeriod({ from: '2026-11-01' }, '2026-11-26')).toEqual({ from: '2026-11-01', until: '2026-11-26' });
    expect(readPeriod({ until: '2026-03-01' }, '2026-11-26')).toEqual({ from: '2026-01-31', until: '2026-03-01' });
  });

  it('refuses a day that is not one, a reversed period and one longer than a year, with one line', () => {
    expect(readPeriod({ from: '2026-02-30' }, '2026-11-26')).toBe('from: "2026-02-30" is not a day (YYYY-MM-DD)');
    expect(readPeriod({ until: `<script>alert("x")</script>` }, '2026-11-26')).toBe('until: "<script>alert(\\"x\\")</" is not a day (YYYY-MM-DD)');
    expect(readPeriod({ from: '2026-11-27' }, '2026-11-26')).toBe('from: 2026-11-27 is after until: 2026-11-26');
    expect(readPeriod({ from: '2025-11-25' }, '2026-11-26')).toBe('from: 2025-11-25 is more than 366 days before until: 2026-11-26');
    expect(readPeriod({ from: '2025-11-26' }, '2026-11-26')).toEqual({ from: '2025-11-26', until: '2026-11-26' });
  });

  it('lists every day of a period across a month end', () => {
    expect(daysOf({ from: '2026-02-27', until: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('distribution', () => {
  const found = distribution(plan, { from: '2026-11-01', until: '2026-11-03' }, [
    row('2026-11-01', '1', '7', 'ROUTED', 5),
    row('2026-11-02', '1', '8', 'ROUTED', 1),
    row('2026-11-02', '1', '9', 'ROUTED', 3),
    row('2026-11-02', '1', '12', 'FALLBACK', 2),
    row('2026-11-03', '2', '8', 'ROUTED', 4),
    row('2026-11-03', '5', '7', 'ROUTED', 1),
    row('2026-11-03', null, null, 'NONE', 6),
    row('2026-11-03', null, '12', 'DEFAULT', 2),
  ], reps);

  it('splits each day\'s routed leads of a territory by the weights of the members who could take leads that day; a rep no member now has no share; fallback leads beside them', () => {
    // West: 5 leads on the 1st split 2:1 between reps 7 and 8; 4 on the 2nd all rep 7's share (8 away that day).
    // East: rep 10 has left, so its 4 leads are all rep 8's share.
    expect(found.territories).toEqual([
      {
        territory: '1',
        routed: 9,
        fallback: 2,
        reps: [{ rep: '7', routed: 5, fairShare: expect.closeTo(10 / 3 + 4, 9) }, { rep: '8', routed: 1, fairShare: expect.closeTo(5 / 3, 9) }, { rep: '9', routed: 3, fairShare: null }],
      },
      { territory: '2', routed: 4, fallback: 0, reps: [{ rep: '8', routed: 4, fairShare: 4 }, { rep: '10', routed: 0, fairShare: 0 }] },
      // A territory that no longer routes: its routed leads, no shares.
      { territory: '5', routed: 1, fallback: 0, reps: [{ rep: '7', routed: 1, fairShare: null }] },
    ]);
    expect(found.reps).toEqual([
      { rep: '7', routed: 6, fairShare: expect.closeTo(22 / 3, 9) },
      { rep: '8', routed: 5, fairShare: expect.closeTo(17 / 3, 9) },
      { rep: '9', routed: 3, fairShare: 0 },
    ]);
  });

  it('counts per status (most first) and per day, every day of the period present', () => {
    expect(found.total).toBe(24);
    expect(found.byStatus).toEqual([
      { status: 'ROUTED', leads: 14 },
      { status: 'NONE', leads: 6 },
      { status: 'DEFAULT', leads: 2 },
      { status: 'FALLBACK', leads: 2 },
    ]);
    expect(found.byDay.map((day) => [day.day, Object.fromEntries(day.counts)])).toEqual([
      ['2026-11-01', { ROUTED: 5 }],
      ['2026-11-02', { ROUTED: 4, FALLBACK: 2 }],
      ['2026-11-03', { ROUTED: 5, NONE: 6, DEFAULT: 2 }],
    ]);
  });
});

describe('charts', () => {
  const hostile = `<script>alert("x")</script> & 'Co'`;

  it('draw a bar and a fair-share tick per rep, to one scale, names escaped in labels and tooltips', () => {
    const svg = barsAgainstShare('Leads per rep', 'reps', [{ label: hostile, value: 10, share: 5 }, { label: 'Bo', value: 2, share: 8 }]).markup;
    expect(svg).not.toContain('<script');
    expect(svg).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;: 10 leads, fair share 5</title>');
    // The legend's swatch and tick come first.
    const widths = [...svg.matchAll(/<rect x="190" y="\d+" width="([\d.]+)"/g)].map((match) => Number(match[1])).slice(1);
    const ticks = [...svg.matchAll(/<line x1="([\d.]+)"/g)].map((match) => Number(match[1]) - 190).slice(1);
    expect(widths).toEqual([380, 76]);
    expect(ticks).toEqual([190, 304]);
  });

  it('stack each day\'s statuses in the order given, heights to one scale', () => {
    const svg = stackedDays('Per day', 'days', [{ day: '2026-11-01', counts: new Map([['ROUTED', 3], ['NONE', 1]]) }, { day: '2026-11-02', counts: new Map([['ROUTED', 2]]) }], [
      { key: 'ROUTED', label: 'Routed', colour: '#111' },
      { key: 'NONE', label: `No <b>status</b>`, colour: '#222' },
    ]).markup;
    expect(svg).not.toContain('<b>');
    const rects = [...svg.matchAll(/<rect x="\d+" y="([\d.]+)" width="\d+" height="([\d.]+)" fill="(#\d+)"><title>([^<]*)<\/title>/g)].map((match) => [match[4], Number(match[2]), match[3]]);
    expect(rects).toEqual([
      ['2026-11-01: 3 Routed', 120, '#111'],
      ['2026-11-01: 1 No &lt;b&gt;status&lt;/b&gt;', 40, '#222'],
      ['2026-11-02: 2 Routed', 80, '#111'],
    ]);
  });
});
