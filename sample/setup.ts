/**
 * The sample company's fixed lists: subsidiaries, lead sources (campaign records in NetSuite) and customer
 * categories. Ids are internal ids in ranges of their own so a reader can tell a source from a rep at a glance.
 */

export const SUBSIDIARY = { us: '1', canada: '2', europe: '3', uk: '4', anz: '5' } as const;

export const SUBSIDIARIES = [
  { id: SUBSIDIARY.us, name: 'Lumen Cloud Inc. (US)' },
  { id: SUBSIDIARY.canada, name: 'Lumen Cloud Canada Ltd' },
  { id: SUBSIDIARY.europe, name: 'Lumen Cloud Europe GmbH' },
  { id: SUBSIDIARY.uk, name: 'Lumen Cloud UK Ltd' },
  { id: SUBSIDIARY.anz, name: 'Lumen Cloud ANZ Pty Ltd' },
];

export const SOURCE = { webForm: '11', paidSearch: '12', webinar: '13', tradeShow: '14', outbound: '15', partner: '16' } as const;

export const LEAD_SOURCES = [
  { id: SOURCE.webForm, name: 'Web form' },
  { id: SOURCE.paidSearch, name: 'Paid search' },
  { id: SOURCE.webinar, name: 'Webinar' },
  { id: SOURCE.tradeShow, name: 'Trade show' },
  { id: SOURCE.outbound, name: 'Outbound' },
  { id: SOURCE.partner, name: 'Partner referral' },
];

export const CATEGORY = { enterprise: '21', midMarket: '22', smallBusiness: '23', publicSector: '24' } as const;

export const CATEGORIES = [
  { id: CATEGORY.enterprise, name: 'Enterprise' },
  { id: CATEGORY.midMarket, name: 'Mid-market' },
  { id: CATEGORY.smallBusiness, name: 'Small business' },
  { id: CATEGORY.publicSector, name: 'Public sector' },
];

/** The subsidiary that sells in a country. */
export function subsidiaryFor(country: string): string {
  if (country === 'CA') return SUBSIDIARY.canada;
  if (country === 'GB' || country === 'IE') return SUBSIDIARY.uk;
  if (country === 'AU' || country === 'NZ') return SUBSIDIARY.anz;
  if (['DE', 'AT', 'CH', 'FR', 'NL', 'BE', 'LU', 'SE', 'NO', 'DK', 'FI', 'ES', 'IT', 'PL'].includes(country)) return SUBSIDIARY.europe;
  return SUBSIDIARY.us;
}
