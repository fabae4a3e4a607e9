/**
 * The build's rewrite of webpack's exports plumbing: the entry points come back from the define factory as a plain
 * value, and a bundle of any other shape stops the build with its file name.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { plainEntryPoints } = require('../../tools/build/entryPointsPlugin') as { plainEntryPoints: (file: string, text: string) => string };

const WEBPACK_RUNTIME = [
  '/******/ \t/* webpack/runtime/define property getters */',
  '/******/ \t// define getter/value functions for harmony exports',
  '/******/ \t__webpack_require__.d = function(exports, definition) {',
  '/******/ \t\tfor(var key in definition) {',
  '/******/ \t\t\tObject.defineProperty(exports, key, { enumerable: true, get: definition[key] });',
  '/******/ \t\t}',
  '/******/ \t};',
  '/******/ \t',
  '/******/ \t/* webpack/runtime/hasOwnProperty shorthand */',
  '/******/ \t__webpack_require__.o = function(obj, prop) { return Object.hasOwn(obj, prop); };',
  '',
].join('\n');

const bundle = (runtime: string) =>
  [
    'define(["N/log"], function(log) { return (function() {',
    'function __webpack_require__(id) { return log; }',
    runtime + 'let __webpack_exports__ = {};',
    '',
    '// EXPORTS',
    '__webpack_require__.d(__webpack_exports__, {',
    '  "default": function() { return /* binding */ tlr_ue_lead; }',
    '});',
    'const tlr_ue_lead = { beforeSubmit() { return "routed"; } };',
    '__webpack_exports__ = __webpack_exports__["default"];',
    'return __webpack_exports__;',
    '})(); });',
  ].join('\n');

function factoryResult(text: string): { beforeSubmit: () => string } {
  let returned: unknown;
  new Function('define', text)((_dependencies: string[], factory: () => unknown) => (returned = factory()));
  return returned as { beforeSubmit: () => string };
}

describe('entry points plugin', () => {
  it('returns the default export itself, with no getter or properties set on __webpack_require__', () => {
    const rewritten = plainEntryPoints('tlr/tlr_ue_lead.js', bundle(WEBPACK_RUNTIME));
    expect(rewritten).not.toMatch(/__webpack_require__\.[do]|defineProperty/);
    expect(rewritten).toContain('__webpack_exports__ = tlr_ue_lead;');
    const entryPoints = factoryResult(rewritten);
    expect(Object.getOwnPropertyDescriptor(entryPoints, 'beforeSubmit')?.value).toBeInstanceOf(Function);
    expect(entryPoints.beforeSubmit()).toBe('routed');
  });

  it('stops the build, naming the file, when webpack writes the exports another way', () => {
    expect(() => plainEntryPoints('tlr/tlr_ss_sla.js', bundle(''))).toThrow(/^tlr\/tlr_ss_sla\.js: expected webpack's default-export getter once \(found runtime 0, getter 1, read 1\)/);
    expect(() => plainEntryPoints('tlr/tlr_ss_sla.js', bundle(WEBPACK_RUNTIME + WEBPACK_RUNTIME))).toThrow('found runtime 2');
  });
});
