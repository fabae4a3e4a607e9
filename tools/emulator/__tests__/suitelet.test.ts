import { OBJECT_XML, amdScript, makeEmulator } from './helpers/fixtures';

const PAGE_FILE = '/SuiteScripts/tst/tst_sl_page.js';

const XML = {
  ...OBJECT_XML,
  'customscript_tst_page.xml': `<suitelet scriptid="customscript_tst_page"><name>Page</name><scriptfile>[${PAGE_FILE}]</scriptfile>
      <scriptdeployments><scriptdeployment scriptid="customdeploy_tst_page"><isdeployed>T</isdeployed><status>RELEASED</status><title>Page</title></scriptdeployment></scriptdeployments></suitelet>`,
};

/** Echoes the request; `go` redirects to itself, `fail` throws, `lookup` spends a unit. */
const PAGE_SCRIPT = amdScript(
  'Suitelet',
  ['N/http', 'N/url', 'N/search', 'N/runtime'],
  `{ onRequest: function (context) {
    var request = context.request, response = context.response, params = request.parameters;
    if (params.fail) throw new Error('page broke');
    if (params.go) {
      response.sendRedirect({ type: http.RedirectType.SUITELET, identifier: 'customscript_tst_page', id: 'customdeploy_tst_page', parameters: { shown: params.go } });
      return;
    }
    if (params.lookup) search.lookupFields({ type: 'employee', id: '1', columns: ['entityid'] });
    response.setHeader({ name: 'Content-Type', value: 'application/json' });
    response.addHeader({ name: 'X-Trace', value: 'a' });
    response.addHeader({ name: 'X-Trace', value: 'b' });
    response.write({ output: JSON.stringify({ method: request.method, params: params, url: request.url,
      self: url.resolveScript({ scriptId: 'customscript_tst_page', deploymentId: 'customdeploy_tst_page', params: { a: '1 2' } }),
      context: runtime.executionContext, remaining: runtime.getCurrentScript().getRemainingUsage() }) });
    response.writeLine({ output: '' });
  } }`,
);

function emulator() {
  return makeEmulator({ xml: XML, scripts: { [PAGE_FILE]: PAGE_SCRIPT } });
}

describe('Suitelets', () => {
  it('hands onRequest the request as N/http does and returns what the script wrote, headers included', () => {
    const { response, invocation } = emulator().runSuitelet('customscript_tst_page', { method: 'POST', parameters: { q: '<x>' } });
    expect(response.status).toBe(200);
    expect(response.headers).toEqual({ 'content-type': 'application/json', 'x-trace': 'a, b' });
    expect(JSON.parse(response.body)).toEqual({
      method: 'POST',
      params: { q: '<x>' },
      url: '/app/site/hosting/scriptlet.nl?script=customscript_tst_page&deploy=customdeploy_tst_page',
      self: '/app/site/hosting/scriptlet.nl?script=customscript_tst_page&deploy=customdeploy_tst_page&a=1+2',
      context: 'SUITELET',
      remaining: 1000,
    });
    expect(response.body.endsWith('\n')).toBe(true);
    expect([invocation.entryPoint, invocation.executionContext, invocation.usageLimit]).toEqual(['onRequest', 'SUITELET', 1000]);
  });

  it('meters the request as a Suitelet (1,000 units)', () => {
    const { invocation } = emulator().runSuitelet('customscript_tst_page', { method: 'GET', parameters: { lookup: 'T' } });
    expect(invocation.unitsUsed).toBe(1);
  });

  it('answers a redirect to a Suitelet with 302 and its address', () => {
    const { response } = emulator().runSuitelet('customscript_tst_page', { method: 'POST', parameters: { go: 'yes' } });
    expect([response.status, response.headers['location']]).toEqual([302, '/app/site/hosting/scriptlet.nl?script=customscript_tst_page&deploy=customdeploy_tst_page&shown=yes']);
  });

  it("answers a script's error with 500 and one line, and keeps it on the invocation", () => {
    const { response, invocation } = emulator().runSuitelet('customscript_tst_page', { method: 'GET', parameters: { fail: 'T' } });
    expect([response.status, response.body]).toEqual([500, 'Error: page broke']);
    expect(invocation.error).toEqual({ name: 'Error', message: 'page broke' });
  });

  it('refuses a script that is not a Suitelet', () => {
    expect(() => emulator().runSuitelet('customscript_tst_missing', { method: 'GET', parameters: {} })).toThrow('customscript_tst_missing is not a Suitelet in Objects/');
  });
});
