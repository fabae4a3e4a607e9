/**
 * The sample's sales team: one employee per line, keyed by a short handle the territory table uses. Ids run
 * from 101 in the order of the table, grouped by region. Victor Hughes has left (inactive employee) but is
 * still listed as a member of the public-sector territory, as happens in real accounts.
 */
import { SUBSIDIARY } from './setup';

interface Rep {
  handle: string;
  name: string;
  subsidiary: string;
  isInactive?: boolean;
}

const { us, canada, europe, uk, anz } = SUBSIDIARY;

const REPS: readonly Rep[] = [
  // United States
  { handle: 'ana', name: 'Ana Ruiz', subsidiary: us },
  { handle: 'bo', name: 'Bo Li', subsidiary: us },
  { handle: 'cy', name: 'Cy Dee', subsidiary: us },
  { handle: 'dana', name: 'Dana Park', subsidiary: us },
  { handle: 'eli', name: 'Eli Turner', subsidiary: us },
  { handle: 'fatima', name: 'Fatima Khan', subsidiary: us },
  { handle: 'grace', name: 'Grace Okafor', subsidiary: us },
  { handle: 'hiro', name: 'Hiro Tanaka', subsidiary: us },
  { handle: 'isabel', name: 'Isabel Moreno', subsidiary: us },
  { handle: 'jack', name: 'Jack Sullivan', subsidiary: us },
  { handle: 'kim', name: 'Kim Nguyen', subsidiary: us },
  { handle: 'liam', name: "Liam O'Brien", subsidiary: us },
  { handle: 'maria', name: 'Maria Garcia', subsidiary: us },
  { handle: 'noah', name: 'Noah Williams', subsidiary: us },
  { handle: 'olivia', name: 'Olivia Brown', subsidiary: us },
  { handle: 'priya', name: 'Priya Patel', subsidiary: us },
  { handle: 'quinn', name: 'Quinn Davis', subsidiary: us },
  { handle: 'rosa', name: 'Rosa Martinez', subsidiary: us },
  { handle: 'sam', name: 'Sam Lee', subsidiary: us },
  { handle: 'tom', name: 'Tom Becker', subsidiary: us },
  { handle: 'uma', name: 'Uma Shah', subsidiary: us },
  { handle: 'victor', name: 'Victor Hughes', subsidiary: us, isInactive: true },
  // Canada
  { handle: 'wendy', name: 'Wendy Tremblay', subsidiary: canada },
  { handle: 'xavier', name: 'Xavier Roy', subsidiary: canada },
  { handle: 'yara', name: 'Yara Singh', subsidiary: canada },
  { handle: 'zoe', name: 'Zoe Campbell', subsidiary: canada },
  // United Kingdom and Ireland
  { handle: 'amelia', name: 'Amelia Clarke', subsidiary: uk },
  { handle: 'ben', name: 'Ben Carter', subsidiary: uk },
  { handle: 'chloe', name: 'Chloe Evans', subsidiary: uk },
  { handle: 'duncan', name: 'Duncan MacLeod', subsidiary: uk },
  { handle: 'emily', name: 'Emily Wright', subsidiary: uk },
  // Continental Europe
  { handle: 'felix', name: 'Felix Wagner', subsidiary: europe },
  { handle: 'greta', name: 'Greta Schmidt', subsidiary: europe },
  { handle: 'hannah', name: 'Hannah Müller', subsidiary: europe },
  { handle: 'jonas', name: 'Jonas Keller', subsidiary: europe },
  { handle: 'lea', name: 'Léa Dubois', subsidiary: europe },
  { handle: 'hugo', name: 'Hugo Laurent', subsidiary: europe },
  { handle: 'daan', name: 'Daan de Vries', subsidiary: europe },
  { handle: 'sven', name: 'Sven Lindqvist', subsidiary: europe },
  // Australia and New Zealand
  { handle: 'mia', name: 'Mia Thompson', subsidiary: anz },
  { handle: 'lachlan', name: 'Lachlan Wood', subsidiary: anz },
  { handle: 'aroha', name: 'Aroha Ngata', subsidiary: anz },
  // Partner channel and inside sales (the catch-all)
  { handle: 'paolo', name: 'Paolo Rossi', subsidiary: us },
  { handle: 'ines', name: 'Ines Costa', subsidiary: us },
  { handle: 'omar', name: 'Omar Haddad', subsidiary: us },
];

const FIRST_ID = 101;

/** Internal id of a rep by handle; an unknown handle is a typo in the sample's tables. */
export function rep(handle: string): string {
  const index = REPS.findIndex((candidate) => candidate.handle === handle);
  if (index < 0) throw new Error(`sample: no rep with handle "${handle}"`);
  return String(FIRST_ID + index);
}

/** Handles of the reps who still work here, for leads entered with a rep already chosen. */
export const ACTIVE_REP_HANDLES = REPS.filter((candidate) => !candidate.isInactive).map((candidate) => candidate.handle);

export function employeeRecords(): Record<string, unknown>[] {
  return REPS.map((candidate) => {
    const [firstname, ...rest] = candidate.name.split(' ');
    return {
      id: rep(candidate.handle),
      entityid: candidate.name,
      firstname,
      lastname: rest.join(' '),
      email: `${candidate.handle}@lumencloud.example`,
      issalesrep: true,
      isinactive: candidate.isInactive === true,
      subsidiary: candidate.subsidiary,
    };
  });
}
