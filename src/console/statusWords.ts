/** A status code as the lead's Routing Status field shows it: the code in words. @example statusWords('ROUTED'); // 'Routed' */
export function statusWords(code: string): string {
  return code.charAt(0) + code.slice(1).toLowerCase();
}
