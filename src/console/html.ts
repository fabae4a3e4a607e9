/**
 * HTML for the console's pages, escaped by construction: `html` escapes every interpolated value unless it is
 * already Html (built by `html` itself), so untrusted text — lead facts, territory and rep names, messages — can
 * only ever appear as text.
 */

/** Markup that is safe to insert as it is. Only `html` and `raw` make it. */
export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @example escapeHtml(`<b title="x">'&'</b>`); // '&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;' */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * A template of markup whose interpolations are escaped (Html and arrays of it are inserted as they are).
 *
 * @example
 * html`<td title="${name}">${name}</td>`.markup; // with name = '<script>': '<td title="&lt;script&gt;">&lt;script&gt;</td>'
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(markup);
}

/** Markup written in this code base (style sheets), never data. */
export function raw(markup: string): Html {
  return new Html(markup);
}
