/**
 * How the simulator's command line reports a failure that is not the account file's or the command line's: one
 * readable line, and the stack traces only when `--debug` asks for them (the error's, then each cause's).
 */

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The text on one line: line breaks and the white space around them become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function traces(error: unknown): string[] {
  const lines: string[] = [];
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 10; depth += 1) {
    const trace = current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current);
    lines.push(depth === 0 ? trace : `Caused by: ${trace}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines;
}

/**
 * @example
 * failureReport('The simulation could not run: ', new Error('EISDIR: illegal operation on a directory'), false);
 * // 'The simulation could not run: EISDIR: illegal operation on a directory\n'
 */
export function failureReport(prefix: string, error: unknown, debug: boolean): string {
  const line = `${prefix}${oneLine(messageOf(error))}`;
  return `${[line, ...(debug ? traces(error) : [])].join('\n')}\n`;
}
