import { escapeHtml, html, raw } from '../../src/console/html';
import { consoleAddress, hiddenFields, linkTo } from '../../src/console/links';

describe('html', () => {
  it('escapes the five characters that can leave text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes every interpolated value, in text and in attributes, and inside arrays', () => {
    const name = `"><script>alert('x')</script>`;
    expect(html`<td title="${name}">${[name, 1, null, false]}</td>`.markup).toBe(
      '<td title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;1</td>',
    );
  });

  it('inserts markup built by html or raw as it is, and only that', () => {
    expect(html`<p>${html`<b>${'<i>'}</b>`}${raw('<hr>')}${'<hr>'}</p>`.markup).toBe('<p><b>&lt;i&gt;</b><hr>&lt;hr&gt;</p>');
  });
});

describe('links back to the console', () => {
  const address = consoleAddress('/app/site/hosting/scriptlet.nl?script=12&deploy=1');

  it('keeps the Suitelet address and sets the view parameters', () => {
    expect(linkTo(address, { action: 'report', file: '7&x=1' })).toBe('/app/site/hosting/scriptlet.nl?script=12&deploy=1&action=report&file=7%26x%3D1');
  });

  it("gives a GET form the address's parameters as hidden fields, its own taking precedence", () => {
    expect(hiddenFields(address, { action: 'test', deploy: '"2"' }).markup).toBe(
      '<input type="hidden" name="script" value="12"><input type="hidden" name="action" value="test"><input type="hidden" name="deploy" value="&quot;2&quot;">',
    );
  });
});
