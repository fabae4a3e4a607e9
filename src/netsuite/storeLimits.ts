/**
 * How large a value the product stores in N/cache: 60% of the 500 KB a value may hold (read as 500,000 bytes, the
 * stricter reading), so no stored value nears the limit. Kept apart from the N/cache code so the tools read it too.
 */
export const MAX_VALUE_BYTES = 300_000;
