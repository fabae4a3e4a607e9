// The health findings are exact: every example is checked against the real matcher, and brute force over random
// leads finds no overlap, shadow or overflow the analysis missed, nor a postal-code class its samples missed.
import fc from 'fast-check';
import type { LeadFacts, Plan, PostalPattern, RepFacts } from '../../../src/engine/types';
import { compareIds } from '../../../src/engine/definition/compare';
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { matchingPositions, territoryMatches } from '../../../src/engine/definition/match';
import { parsePostalPattern, postalKey, postalPatternMatches } from '../../../src/engine/definition/postal';
import { analyseHealth, commonLead, coverage, leadOf } from '../../../src/engine/health';
import { postalClasses } from '../../../src/engine/health/postalSamples';
import { findGaps, leadGroupsOf } from '../../../src/engine/health/gaps';
import { postalCodesMayMeet } from '../../../src/engine/health/postalMeeting';
import { lead, planTerritory } from '../../../tools/fixtures/rows';
import { postalEntry, postalText, territoryRows } from '../arbitraries';

/** Reps 7 and 8 are active sales reps; 9 is inactive. */
const REPS: RepFacts[] = [
  { id: '7', name: 'Ana', isInactive: false, isSalesRep: true },
  { id: '8', name: 'Bo', isInactive: false, isSalesRep: true },
  { id: '9', name: 'Cy', isInactive: true, isSalesRep: true },
];

const plans: fc.Arbitrary<Plan> = fc
  .tuple(territoryRows, fc.array(fc.constantFrom(null, '7', '9'), { minLength: 25, maxLength: 25 }), fc.array(fc.constantFrom<string[]>([], ['3'], ['3', '4']), { minLength: 25, maxLength: 25 }))
  .map(([rows, fallbacks, subsidiaries]) =>
    compilePlan(rows.map((row, i) => ({ ...row, fallbackRepId: fallbacks[i]!, subsidiaries: subsidiaries[i]! })), []),
  );

/**
 * Codes with hyphens anywhere, since exact patterns skip them and ranges and prefixes do not; and spaces anywhere,
 * since outward codes read the text before the first one (or, without one, all but the last three characters).
 */
const postalCodes = fc.oneof(
  fc.array(fc.constantFrom('0', '1', '2', 'A', 'B', '-', 'c', ' '), { maxLength: 7 }).map((characters) => characters.join('')),
  fc.tuple(postalText(1, 4), fc.constantFrom(' ', '', '  '), postalText(0, 4)).map(([outward, space, inward]) => outward + space + inward),
);

const randomLeads: fc.Arbitrary<LeadFacts[]> = fc.array(
  fc
    .record({
      country: fc.constantFrom('US', 'ca', 'GB', 'AU', 'FR', ''),
      state: fc.constantFrom('WA', 'ca', 'NSW', 'ON', ''),
      postalCode: postalCodes,
      leadSource: fc.constantFrom('1', '2', '6', null),
      category: fc.constantFrom('5', '6', null),
      subsidiary: fc.constantFrom('3', '4', null),
    })
    .map((facts) => lead(facts)),
  { minLength: 1, maxLength: 60 },
);

const usableFallback = (plan: Plan, position: number) => ['7', '8'].includes(plan.territories[position]!.fallbackRepId ?? '');

function report(plan: Plan) {
  return analyseHealth(plan, { now: '2026-12-07T12:00:00Z', timeZone: 'UTC', reps: REPS, openLeads: new Map(), leadGroups: [] });
}

describe('every example really matches', () => {
  it('an overlap example matches both territories, of one priority, ids ascending', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const byId = new Map(plan.territories.map((territory) => [territory.id, territory]));
        for (const overlap of report(plan).overlaps) {
          const [a, b] = overlap.territories.map((id) => byId.get(id)!);
          expect(Number(overlap.territories[0])).toBeLessThan(Number(overlap.territories[1]));
          expect(a!.priority).toBe(b!.priority);
          expect([territoryMatches(a!, leadOf(overlap.example)), territoryMatches(b!, leadOf(overlap.example))]).toEqual([true, true]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a shadowed or overflow example matches the territory and goes first to one of `by`, earlier', () => {
    const found = { shadowed: 0, overflow: 0 };
    fc.assert(
      fc.property(plans, (plan) => {
        const health = report(plan);
        found.shadowed += health.shadowed.length;
        found.overflow += health.overflow.length;
        for (const [kind, found] of [['shadowed', health.shadowed], ['overflow', health.overflow]] as const) {
          for (const covered of found) {
            const position = plan.territories.findIndex((territory) => territory.id === covered.territory);
            const matching = matchingPositions(plan, leadOf(covered.example), 'reference');
            expect(matching).toContain(position);
            const first = kind === 'shadowed' ? matching.find((one) => usableFallback(plan, one))! : matching[0]!;
            expect(first).toBeLessThan(position);
            expect(covered.by).toContain(plan.territories[first]!.id);
          }
        }
      }),
      { numRuns: 300 },
    );
    // The random plans really produce both findings, so the checks above are not vacuous.
    expect(found.shadowed).toBeGreaterThan(10);
    expect(found.overflow).toBeGreaterThan(10);
  });

  it('a territory not shadowed has a lead no earlier territory with a usable fallback takes (its witness checked)', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        plan.territories.forEach((territory, position) => {
          const deciding = plan.territories.slice(0, position).filter((_, earlier) => usableFallback(plan, earlier));
          const found = coverage(territory, deciding);
          if (commonLead([territory]) === null) {
            expect(report(plan).unmatchable).toContain(territory.id);
            return;
          }
          if (found.uncovered === null) {
            expect(found.firstMatches.length).toBeGreaterThan(0);
            return;
          }
          expect(territoryMatches(territory, leadOf(found.uncovered))).toBe(true);
          for (const earlier of deciding) expect(territoryMatches(earlier, leadOf(found.uncovered))).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });
});

/** Parsed postal patterns, with exact codes that carry hyphens (which exact patterns skip and ranges read). */
const patterns = (maxLength: number) =>
  fc
    .array(fc.oneof(postalEntry, postalText(1, 3).map((text) => `${text.slice(0, 1)}-${text}`)), { maxLength })
    .map((entries) => entries.map(parsePostalPattern).flatMap((parsed) => (parsed.ok ? [parsed.value] : [])));

describe('the report agrees with the full coverage', () => {
  it('a territory is shadowed or overflow exactly when every lead it matches is taken earlier', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const health = report(plan);
        const covered = new Set([...health.shadowed, ...health.overflow].map((finding) => finding.territory));
        plan.territories.forEach((territory, position) => {
          if (health.unmatchable.includes(territory.id)) return;
          const allTaken = position > 0 && coverage(territory, plan.territories.slice(0, position)).uncovered === null;
          expect([territory.id, covered.has(territory.id)]).toEqual([territory.id, allTaken]);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('brute force finds nothing the analysis missed', () => {
  it('no random lead matches two territories of one priority that are not reported, or reaches a shadowed or overflow territory', () => {
    fc.assert(
      fc.property(plans, randomLeads, (plan, facts) => {
        const health = report(plan);
        const overlapping = new Set(health.overlaps.map((overlap) => overlap.territories.join('+')));
        const shadowed = new Set(health.shadowed.map((covered) => covered.territory));
        const overflow = new Set(health.overflow.map((covered) => covered.territory));
        for (const one of facts) {
          const matching = matchingPositions(plan, one, 'reference');
          for (const a of matching) {
            for (const b of matching) {
              const [x, y] = [plan.territories[a]!, plan.territories[b]!];
              // Ids ascending: a territory routed before owner matching comes first whatever its id.
              if (a < b && x.priority === y.priority) expect(overlapping).toContain([x.id, y.id].sort(compareIds).join('+'));
            }
          }
          const firstDecider = matching.find((position) => usableFallback(plan, position)) ?? Infinity;
          for (const position of matching) {
            const id = plan.territories[position]!.id;
            if (position < firstDecider) expect(shadowed).not.toContain(id);
            if (position === matching[0]) expect(overflow).not.toContain(id);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the gaps count exactly the leads no territory matches, by country and state', () => {
    let missed = 0;
    fc.assert(
      fc.property(plans, randomLeads, (plan, facts) => {
        const expected = new Map<string, number>();
        for (const one of facts) {
          if (matchingPositions(plan, one, 'reference').length > 0) continue;
          const key = `${one.country.trim().toUpperCase()}/${one.state.trim().toUpperCase()}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
          missed += 1;
        }
        const found = new Map(findGaps(plan, leadGroupsOf(facts)).map((gap) => [`${gap.country}/${gap.state}`, gap.leads]));
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    expect(missed).toBeGreaterThan(100);
  });

  it('every class of postal codes that a set of patterns tells apart has a sample', () => {
    const signature = (list: PostalPattern[], code: string) => list.map((pattern) => (postalPatternMatches(pattern, postalKey(code)) ? 1 : 0)).join('');
    fc.assert(
      fc.property(patterns(6), fc.array(postalCodes, { maxLength: 40 }), (list, codes) => {
        const classes = postalClasses(list);
        const known = new Set(classes.map(({ code }) => signature(list, code)));
        for (const code of codes) expect(known).toContain(signature(list, code));
        // Each sample's matching patterns, known from the walk, are those the matcher says it matches.
        for (const { code, matching } of classes) expect(matching.map((index) => list[index])).toEqual(list.filter((pattern) => postalPatternMatches(pattern, postalKey(code))));
      }),
      { numRuns: 1000 },
    );
  });

  it('territories whose postal codes are told apart share no code: every class of their codes checked', () => {
    let parted = 0;
    fc.assert(
      fc.property(patterns(3), patterns(3), (a, b) => {
        if (a.length === 0 || b.length === 0 || postalCodesMayMeet(planTerritory({ postalPatterns: a }), planTerritory({ postalPatterns: b }))) return;
        parted += 1;
        const matchesBoth = (code: string) => [a, b].every((list) => list.some((pattern) => postalPatternMatches(pattern, postalKey(code))));
        // The classes stand for every code (the test above), so no class matching both means no code does.
        for (const { code } of postalClasses([...a, ...b])) expect(matchesBoth(code)).toBe(false);
      }),
      { numRuns: 1000 },
    );
    expect(parted).toBeGreaterThan(100);
  });
});
