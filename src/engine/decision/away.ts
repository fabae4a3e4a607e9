/** The away dates of a member (`YYYY-MM-DD`, inclusive; null = open end). */
export interface AwayWindow {
  awayFrom: string | null;
  awayUntil: string | null;
}

/**
 * Whether a member is away today (SPEC §2): at least one date is set and today lies in the inclusive window
 * they bound. ISO dates compare correctly as text.
 *
 * @example
 * isAway({ awayFrom: '2026-11-20', awayUntil: '2026-12-01' }, '2026-12-01'); // true
 * isAway({ awayFrom: null, awayUntil: '2026-11-25' }, '2026-11-26'); // false
 * isAway({ awayFrom: null, awayUntil: null }, '2026-11-26'); // false
 */
export function isAway(window: AwayWindow, today: string): boolean {
  const { awayFrom, awayUntil } = window;
  if (awayFrom === null && awayUntil === null) return false;
  return (awayFrom === null || awayFrom <= today) && (awayUntil === null || today <= awayUntil);
}

/**
 * The away window as a sales rep reads it.
 *
 * @example
 * describeAway({ awayFrom: null, awayUntil: '2026-12-01' }); // 'away until 2026-12-01'
 * describeAway({ awayFrom: '2026-11-20', awayUntil: '2026-12-01' }); // 'away 2026-11-20 to 2026-12-01'
 */
export function describeAway(window: AwayWindow): string {
  const { awayFrom, awayUntil } = window;
  if (awayFrom === null) return `away until ${awayUntil}`;
  if (awayUntil === null) return `away since ${awayFrom}`;
  return `away ${awayFrom} to ${awayUntil}`;
}
