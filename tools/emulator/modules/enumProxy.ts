/**
 * NetSuite type enums (record.Type, search.Type) map SALES_ORDER → 'salesorder'. A proxy gives every such name,
 * so a script may name any type and the emulator then refuses unknown ones by INVALID_RCRD_TYPE, as NetSuite would.
 */
export function typeEnum(): Readonly<Record<string, string>> {
  return new Proxy(
    {},
    {
      get: (_target, property) => (typeof property === 'string' ? property.toLowerCase().replace(/_/g, '') : undefined),
    },
  );
}

/** Enums whose values equal their names (error.Type, …). */
export function identityEnum(): Readonly<Record<string, string>> {
  return new Proxy({}, { get: (_target, property) => (typeof property === 'string' ? property : undefined) });
}
