import {
  asBoolean,
  asIds,
  asIsoDate,
  asNumber,
  toLeadFacts,
  toMemberRow,
  toMemberState,
  toOwnerCandidate,
  toRepFacts,
  toTerritoryRow,
  type FieldValue,
} from '../../src/netsuite/mapper';

const methodIds = { '1': 'val_tlr_round_robin', '2': 'val_tlr_load_balanced' };

function reader(values: Record<string, FieldValue>) {
  return (fieldId: string) => values[fieldId];
}

describe('value normalisers', () => {
  it('reads checkboxes from records (boolean) and searches (T/F)', () => {
    expect([asBoolean(true), asBoolean('T'), asBoolean(false), asBoolean('F'), asBoolean(''), asBoolean(null)]).toEqual([
      true, true, false, false, false, false,
    ]);
  });

  it('keeps empty numbers empty and garbage visible as NaN', () => {
    expect(asNumber('')).toBeNull();
    expect(asNumber(null)).toBeNull();
    expect(asNumber('12')).toBe(12);
    expect(asNumber(2.5)).toBe(2.5);
    expect(asNumber('ten')).toBeNaN();
  });

  it('reads multi-selects from arrays and comma-separated search values', () => {
    expect(asIds(['3', '4'])).toEqual(['3', '4']);
    expect(asIds('3,4, 5')).toEqual(['3', '4', '5']);
    expect(asIds('')).toEqual([]);
  });

  it('turns dates into calendar days', () => {
    expect(asIsoDate(new Date(2026, 10, 26))).toBe('2026-11-26');
    expect(asIsoDate('2026-01-02')).toBe('2026-01-02');
    expect(asIsoDate('')).toBeNull();
  });
});

describe('toTerritoryRow', () => {
  it('maps every territory field', () => {
    const row = toTerritoryRow(
      '7',
      reader({
        name: 'West',
        isinactive: false,
        custrecord_tlr_priority: 10,
        custrecord_tlr_countries: 'US',
        custrecord_tlr_states: 'CA, OR',
        custrecord_tlr_postal_codes: '94000-94999',
        custrecord_tlr_lead_sources: ['3'],
        custrecord_tlr_categories: '',
        custrecord_tlr_subsidiaries: '1,2',
        custrecord_tlr_method: '2',
        custrecord_tlr_fallback_rep: '12',
        custrecord_tlr_work_hours: 'Mon-Fri 09:00-17:00 Australia/Sydney',
        custrecord_tlr_before_owner: true,
      }),
      methodIds,
    );
    expect(row).toEqual({
      id: '7',
      name: 'West',
      isInactive: false,
      priority: 10,
      countries: 'US',
      states: 'CA, OR',
      postalCodes: '94000-94999',
      leadSources: ['3'],
      categories: [],
      subsidiaries: ['1', '2'],
      method: 'load_balanced',
      fallbackRepId: '12',
      workHours: 'Mon-Fri 09:00-17:00 Australia/Sydney',
      beforeOwner: true,
    });
  });

  it('names a territory without a name by its id, so reasons never show an empty name', () => {
    expect(toTerritoryRow('4', reader({ name: '  ' }), methodIds).name).toBe('territory 4');
  });

  it('treats an empty method as the default and refuses a value of another list', () => {
    expect(toTerritoryRow('1', reader({ custrecord_tlr_method: '' }), methodIds).method).toBeNull();
    expect(() => toTerritoryRow('1', reader({ custrecord_tlr_method: '9' }), methodIds)).toThrow(
      'custrecord_tlr_method: list value 9 is not a value of customlist_tlr_method',
    );
  });
});

describe('member, rep and owner rows', () => {
  it('maps a member with its away window', () => {
    expect(
      toMemberRow(
        '31',
        reader({
          custrecord_tlr_mem_territory: '7',
          custrecord_tlr_mem_rep: '12',
          isinactive: 'F',
          custrecord_tlr_mem_weight: '2',
          custrecord_tlr_mem_capacity: '',
          custrecord_tlr_mem_away_from: new Date(2026, 11, 1),
          custrecord_tlr_mem_away_until: null,
        }),
      ),
    ).toEqual({
      id: '31',
      territoryId: '7',
      repId: '12',
      isInactive: false,
      weight: 2,
      capacity: null,
      awayFrom: '2026-12-01',
      awayUntil: null,
    });
  });

  it('counts a never-picked member as zero turns', () => {
    expect(toMemberState(reader({}))).toEqual({ turns: 0, assigned: 0 });
    expect(toMemberState(reader({ custrecord_tlr_mem_turns: '2.5', custrecord_tlr_mem_assigned: 4 }))).toEqual({
      turns: 2.5,
      assigned: 4,
    });
  });

  it('names a rep, or says which employee it is when the name is missing', () => {
    expect(toRepFacts('12', reader({ entityid: 'Ana Ruiz', isinactive: false, issalesrep: true }))).toEqual({
      id: '12', name: 'Ana Ruiz', isInactive: false, isSalesRep: true,
    });
    expect(toRepFacts('13', reader({})).name).toBe('employee 13');
  });

  it('maps an owner candidate and refuses an unknown stage', () => {
    expect(
      toOwnerCandidate('500', reader({ stage: 'Customer', salesrep: '7', email: 'ops@acme.com', companyname: 'Acme Inc', isinactive: false })),
    ).toEqual({ id: '500', stage: 'CUSTOMER', salesRepId: '7', email: 'ops@acme.com', companyName: 'Acme Inc', isInactive: false });
    expect(() => toOwnerCandidate('501', reader({ stage: 'PARTNER' }))).toThrow('stage: "PARTNER" is not LEAD, PROSPECT or CUSTOMER');
  });
});

describe('toLeadFacts', () => {
  it('reads the lead and its chosen address, upper-casing country and state', () => {
    expect(
      toLeadFacts(
        null,
        reader({ leadsource: '3', category: '', subsidiary: 1, email: 'jo@acme.com', companyname: 'Acme', salesrep: '' }),
        { country: 'us', state: 'ca', zip: '94105-1234' },
      ),
    ).toEqual({
      id: null,
      country: 'US',
      state: 'CA',
      postalCode: '94105-1234',
      leadSource: '3',
      category: null,
      subsidiary: '1',
      email: 'jo@acme.com',
      companyName: 'Acme',
      salesRepId: null,
    });
  });

  it('gives empty location facts for a lead without an address', () => {
    const facts = toLeadFacts('9', reader({}), null);
    expect([facts.country, facts.state, facts.postalCode]).toEqual(['', '', '']);
  });
});
