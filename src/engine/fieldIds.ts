/**
 * NetSuite field ids of the territory and member records (SPEC §2). The engine names them in validation
 * problems, so an administrator's error message points at the field; src/netsuite/ids.ts re-exports them.
 */

export const TERRITORY = {
  name: 'name',
  isInactive: 'isinactive',
  priority: 'custrecord_tlr_priority',
  countries: 'custrecord_tlr_countries',
  states: 'custrecord_tlr_states',
  postalCodes: 'custrecord_tlr_postal_codes',
  leadSources: 'custrecord_tlr_lead_sources',
  categories: 'custrecord_tlr_categories',
  subsidiaries: 'custrecord_tlr_subsidiaries',
  method: 'custrecord_tlr_method',
  fallbackRep: 'custrecord_tlr_fallback_rep',
} as const;

export const MEMBER = {
  isInactive: 'isinactive',
  territory: 'custrecord_tlr_mem_territory',
  rep: 'custrecord_tlr_mem_rep',
  weight: 'custrecord_tlr_mem_weight',
  capacity: 'custrecord_tlr_mem_capacity',
  awayFrom: 'custrecord_tlr_mem_away_from',
  awayUntil: 'custrecord_tlr_mem_away_until',
  turns: 'custrecord_tlr_mem_turns',
  assigned: 'custrecord_tlr_mem_assigned',
  lastAssigned: 'custrecord_tlr_mem_last_assigned',
} as const;
