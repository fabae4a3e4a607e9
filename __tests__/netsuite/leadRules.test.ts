// Each rule is stated once and translated: the filters, the SQL and the in-memory check must say the same thing.
import { MAY_OWN, OPEN_LEAD, REALIGN_SCOPE, SWEEP_SCOPE, ruleFilters, ruleHolds, ruleSql, type RuleFacts } from '../../src/netsuite/leadRules';

const STATUS_IDS = { '1': 'val_tlr_routed', '6': 'val_tlr_unassigned', '7': 'val_tlr_error', '9': 'val_tlr_manual' };
const record = (overrides: Partial<RuleFacts> = {}): RuleFacts => ({ stage: 'LEAD', isInactive: false, lock: false, salesRep: '7', status: '', ...overrides });

describe('lead rules', () => {
  it('translate into search filters', () => {
    expect(ruleFilters(MAY_OWN)).toEqual([['stage', 'anyof', ['LEAD', 'PROSPECT', 'CUSTOMER']], 'and', ['isinactive', 'is', 'F'], 'and', ['salesrep', 'noneof', '@NONE@']]);
    // MANUAL leads are out of the realignment's scope: every other status, or none, spelt out.
    expect(ruleFilters(REALIGN_SCOPE, STATUS_IDS)).toEqual([
      ['stage', 'anyof', 'LEAD'],
      'and',
      ['custentity_tlr_lock', 'is', 'F'],
      'and',
      ['custentity_tlr_status', 'anyof', ['@NONE@', '1', '6', '7']],
    ]);
    expect(() => ruleFilters(REALIGN_SCOPE)).toThrow('needs the status list ids');
    expect(ruleFilters(SWEEP_SCOPE, STATUS_IDS)).toEqual([
      ['salesrep', 'anyof', '@NONE@'],
      'and',
      ['custentity_tlr_lock', 'is', 'F'],
      'and',
      ['custentity_tlr_status', 'anyof', ['@NONE@', '6', '7']],
    ]);
  });

  it('translate into SuiteQL on an aliased customer table', () => {
    expect(ruleSql(OPEN_LEAD, 'c')).toBe("(c.searchstage = 'Lead' AND NVL(c.isinactive, 'F') = 'F')");
    expect(ruleSql(MAY_OWN, 'x')).toBe("(x.searchstage IN ('Lead', 'Prospect', 'Customer') AND NVL(x.isinactive, 'F') = 'F' AND x.salesrep IS NOT NULL)");
    expect(() => ruleSql(SWEEP_SCOPE, 'c')).toThrow('not read through SuiteQL');
    expect(ruleSql(REALIGN_SCOPE, 'c', STATUS_IDS)).toBe(
      "(c.searchstage = 'Lead' AND NVL(c.custentity_tlr_lock, 'F') = 'F' AND (c.custentity_tlr_status IS NULL OR c.custentity_tlr_status <> 9))",
    );
  });

  it('check records already read', () => {
    expect(ruleHolds(OPEN_LEAD, record())).toBe(true);
    expect(ruleHolds(OPEN_LEAD, record({ isInactive: true }))).toBe(false);
    expect(ruleHolds(OPEN_LEAD, record({ stage: 'PROSPECT' }))).toBe(false);
    expect(ruleHolds(REALIGN_SCOPE, record({ lock: true }), STATUS_IDS)).toBe(false);
    expect(ruleHolds(REALIGN_SCOPE, record({ salesRep: '' }), STATUS_IDS)).toBe(true);
    expect(ruleHolds(REALIGN_SCOPE, record({ status: '9' }), STATUS_IDS)).toBe(false);
    expect(ruleHolds(REALIGN_SCOPE, record({ status: '1' }), STATUS_IDS)).toBe(true);
    expect(ruleHolds(MAY_OWN, record({ stage: 'CUSTOMER' }))).toBe(true);
    expect(ruleHolds(MAY_OWN, record({ salesRep: '' }))).toBe(false);
  });
});
