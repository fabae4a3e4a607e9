import { repsNamedByPlan, repsNeedingOpenLeads } from '../../../src/engine/batch';
import { memberRow, plan, settings, territoryRow } from '../decision/fixtures';

describe('repsNamedByPlan and repsNeedingOpenLeads', () => {
  const territories = () =>
    plan(
      [
        territoryRow({ id: '1', name: 'West', fallbackRepId: '20' }),
        territoryRow({ id: '2', name: 'East', countries: 'CA', method: 'load_balanced' }),
        territoryRow({ id: '3', name: 'South', countries: 'MX' }),
      ],
      [
        memberRow({ id: '11', territoryId: '1', repId: '7' }),
        memberRow({ id: '12', territoryId: '1', repId: '10', capacity: 5 }),
        memberRow({ id: '21', territoryId: '2', repId: '8' }),
        memberRow({ id: '31', territoryId: '3', repId: '9' }),
      ],
    );

  it('names every member rep, fallback rep and the default rep once, ascending', () => {
    expect(repsNamedByPlan(territories(), settings({ defaultRepId: '7' }))).toEqual(['7', '8', '9', '10', '20']);
  });

  it('counts open leads only for members of territories that balance load or cap a member', () => {
    expect(repsNeedingOpenLeads(territories())).toEqual(['7', '8', '10']);
    expect(repsNeedingOpenLeads(plan([territoryRow()], [memberRow()]))).toEqual([]);
  });
});
