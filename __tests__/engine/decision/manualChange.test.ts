import { manualDecision } from '../../../src/engine/decision/manualChange';

const sam = { id: '3', name: 'Sam Lee' };
const ana = { id: '7', name: 'Ana Ruiz' };
const bo = { id: '8', name: 'Bo Li' };

describe('manualDecision', () => {
  it('records MANUAL with the rep chosen, no territory, and who changed it, from whom to whom and when', () => {
    const decision = manualDecision({ by: sam, fromRep: ana, toRep: bo, at: '2026-12-07T14:05:59.999Z' });

    expect(decision).toMatchObject({ status: 'MANUAL', repId: '8', territoryId: null, memberUpdate: null, decidedAt: '2026-12-07T14:05:59.999Z' });
    expect(decision.reason).toBe('Sales rep changed by hand by Sam Lee from Ana Ruiz to Bo Li on 2026-12-07 14:05 UTC; routing leaves this lead alone.');
  });

  it('says "no rep" for a rep given to a lead that had none, and for a rep taken away', () => {
    expect(manualDecision({ by: sam, fromRep: null, toRep: ana, at: '2026-12-07T09:00:00.000Z' }).reason).toContain('from no rep to Ana Ruiz');
    const cleared = manualDecision({ by: sam, fromRep: ana, toRep: null, at: '2026-12-07T09:00:00.000Z' });
    expect([cleared.repId, cleared.reason]).toEqual([null, expect.stringContaining('from Ana Ruiz to no rep')]);
  });
});
