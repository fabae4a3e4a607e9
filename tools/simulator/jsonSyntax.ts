/**
 * Where and why an account file is not JSON, said in words: JSON.parse's own messages give no position for most
 * mistakes and quote the file's text as it is (invisible characters included). jsonc-parser reads the text again
 * with comments and trailing commas refused, as JSON.parse does, and gives the first error's line and column.
 * Called only once JSON.parse has failed, and only on text whose nesting is checked (its parser recurses).
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import { excerpt } from './excerpt';

const WHAT: Readonly<Record<string, string>> = {
  InvalidSymbol: 'something that is not JSON',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a field name in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: 'a colon expected',
  CommaExpected: 'a comma expected',
  CloseBraceExpected: 'a closing } expected',
  CloseBracketExpected: 'a closing ] expected',
  EndOfFileExpected: 'text after the end of the JSON',
  InvalidCommentToken: 'a comment (JSON has none)',
  UnexpectedEndOfComment: 'a comment (JSON has none)',
  UnexpectedEndOfString: 'a text not closed on its line (a line break inside a text is written \\n)',
  UnexpectedEndOfNumber: 'a malformed number',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed \\ escape',
  InvalidCharacter: 'a control character inside a text (a tab is written \\t)',
};

/**
 * @param parseMessage JSON.parse's message, said (without its quote of the file) when jsonc-parser finds nothing
 * @example
 * syntaxProblem('{"today": tru}', 'Unexpected token …'); // 'not readable as JSON: line 1, column 11: something that is not JSON, at "tru}"'
 */
export function syntaxProblem(text: string, parseMessage: string): string {
  let found: string | null = null;
  visit(
    text,
    {
      onError(error, offset, _length, startLine, startCharacter) {
        found ??= `line ${startLine + 1}, column ${startCharacter + 1}: ${WHAT[printParseErrorCode(error)] ?? printParseErrorCode(error)}${near(text, offset)}`;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return `not readable as JSON: ${found ?? withoutQuote(parseMessage)}`;
}

function near(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 20);
  return rest === '' ? ' (the file ends there)' : `, at ${excerpt(rest)}`;
}

/** `Unexpected token 'x', "…" is not valid JSON` → `Unexpected token 'x'` (the quote may hold invisible characters). */
function withoutQuote(message: string): string {
  return excerpt(message.replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')).slice(1, -1);
}
