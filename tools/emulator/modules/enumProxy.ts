/**
 * NetSuite type enums (record.Type, search.Type) map SALES_ORDER → 'salesorder'. A proxy gives every such name,
 * so a script may name any type and the emulator then refuses unknown ones by INVALID_RCRD_TYPE, as NetSuite would.
 * Each enum is one proxy over a frozen empty object, shared by every execution: nothing a script does to it
 * (assigning a name fails, as on NetSuite's frozen enums) can reach another execution.
 */
function nameEnum(valueOf: (name: string) => string): Readonly<Record<string, string>> {
  return new Proxy(Object.freeze({}), { get: (_target, property) => (typeof property === 'string' ? valueOf(property) : undefined) });
}

const TYPE_ENUM = nameEnum((name) => name.toLowerCase().replace(/_/g, ''));
const IDENTITY_ENUM = nameEnum((name) => name);

export function typeEnum(): Readonly<Record<string, string>> {
  return TYPE_ENUM;
}

/** Enums whose values equal their names (error.Type, …). */
export function identityEnum(): Readonly<Record<string, string>> {
  return IDENTITY_ENUM;
}
