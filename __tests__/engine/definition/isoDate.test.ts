import { isIsoDate } from '../../../src/engine/definition/isoDate';

describe('isIsoDate', () => {
  it.each(['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '2026-04-30'])('accepts %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each(['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01', '2026-01-01T00:00', ''])(
    'refuses %p',
    (text) => {
      expect(isIsoDate(text)).toBe(false);
    },
  );
});
