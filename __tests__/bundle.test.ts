/**
 * The built files are what NetSuite runs: each must start with its JSDoc header, hold exactly one anonymous
 * define, list N modules as its dependencies, touch none of them while the factory runs, and return the entry
 * points of the script type its SDF object declares.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import ts from 'typescript';
import { PROJECT_ROOT, SCRIPT_TYPES, readSdfObjects, scriptFileProjectPath, text } from './sdf/sdfObjects';

const SCRIPT_KINDS: Record<string, { header: string; entryPoints: string[] }> = {
  usereventscript: { header: 'UserEventScript', entryPoints: ['beforeSubmit', 'afterSubmit'] },
  scheduledscript: { header: 'ScheduledScript', entryPoints: ['execute'] },
  mapreducescript: { header: 'MapReduceScript', entryPoints: ['getInputData', 'map', 'summarize'] },
  suitelet: { header: 'Suitelet', entryPoints: ['onRequest'] },
};

const scripts = readSdfObjects()
  .filter((object) => SCRIPT_TYPES.has(object.rootType))
  .map((object) => ({
    scriptId: object.scriptid,
    kind: SCRIPT_KINDS[object.rootType]!,
    file: path.join(PROJECT_ROOT, scriptFileProjectPath(text(object.root, 'scriptfile')!)),
  }));

/** An N module that refuses every use, as NetSuite does while a define callback runs. */
function untouchable(id: string, touched: string[]): object {
  return new Proxy({}, {
    get(_target, property) {
      touched.push(`${id}.${String(property)}`);
      throw new Error(`All SuiteScript API Modules are unavailable while executing your define callback (${id})`);
    },
  });
}

function loadBundle(source: string) {
  const defines: { dependencies: string[]; factory: (...modules: object[]) => unknown; name?: unknown }[] = [];
  const define = (...args: unknown[]) => {
    const [dependencies, factory] = args.length === 2 ? args : [[], args[0]];
    defines.push({ dependencies: dependencies as string[], factory: factory as never, ...(args.length === 3 ? { name: args[0] } : {}) });
  };
  vm.runInNewContext(source, { define });
  return defines;
}

describe.each(scripts)('built $scriptId', ({ file, kind }) => {
  const source = fs.readFileSync(file, 'utf8');

  it('starts with the JSDoc header of its SDF script type', () => {
    const header = source.match(/^\/\*\*[\s\S]*?\*\//)?.[0] ?? '';
    expect(header).toMatch(/@NApiVersion 2\.1\n/);
    expect(header.match(/@NScriptType (\w+)/)?.[1]).toBe(kind.header);
  });

  it('holds exactly one anonymous define whose dependencies are N modules', () => {
    expect(source.match(/\bdefine\(/g)).toHaveLength(1);
    const defines = loadBundle(source);
    expect(defines).toHaveLength(1);
    expect(defines[0]!.name).toBeUndefined();
    expect(defines[0]!.dependencies.length).toBeGreaterThan(0);
    for (const dependency of defines[0]!.dependencies) expect(dependency).toMatch(/^N\/[a-z/]+$/i);
  });

  it('returns its entry points without touching an N module while the factory runs', () => {
    const [{ dependencies, factory }] = loadBundle(source) as [ReturnType<typeof loadBundle>[number]];
    const touched: string[] = [];
    const exported = factory(...dependencies.map((id) => untouchable(id, touched))) as Record<string, unknown>;
    expect(touched).toEqual([]);
    for (const entryPoint of kind.entryPoints) expect(typeof exported[entryPoint]).toBe('function');
  });
});

/**
 * What a bundle's module scope computes as it loads, found by parsing the built file: the calls, spreads, classes,
 * property assignments and `new` with arguments outside any function. NetSuite runs the whole file again on every
 * execution, so whatever the top level builds (a set, a table, a joined string, a class and its prototype) is built
 * again for each record saved. A class, or webpack's exports getter (`__webpack_require__.d`, and `.d`/`.o` set on the
 * fresh `__webpack_require__`), also gives V8 a new hidden class per execution that keeps the whole module scope alive
 * through young-generation collections. Left out: loading a module (`__webpack_require__("N/log")`) and the
 * `JSON.parse` of a JSON module (the governance cost table).
 */
function moduleScopeWork(source: string): string[] {
  const file = ts.createSourceFile('bundle.js', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  let scope: ts.Block | undefined;
  const findScope = (node: ts.Node): void => {
    if (scope) return;
    if (ts.isBlock(node) && node.statements.some((statement) => ts.isFunctionDeclaration(statement) && statement.name?.text === '__webpack_require__')) scope = node;
    else ts.forEachChild(node, findScope);
  };
  findScope(file);
  if (!scope) throw new Error('no webpack module scope in the bundle');
  const work: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassLike(node)) work.push(`class ${node.name?.text ?? ''}`.trim());
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    const plumbing = ts.isCallExpression(node) && /^(__webpack_require__|JSON\.parse)$/.test(node.expression.getText());
    const setsProperty = ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left);
    if ((ts.isCallExpression(node) && !plumbing) || setsProperty || (ts.isNewExpression(node) && (node.arguments?.length ?? 0) > 0) || ts.isSpreadElement(node) || ts.isTaggedTemplateExpression(node)) {
      work.push(node.getText().replace(/\s+/g, ' ').slice(0, 80));
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of scope.statements) visit(statement);
  return work;
}

describe.each(scripts.filter(({ kind }) => kind.header === 'UserEventScript'))('built $scriptId, which loads on every record save', ({ file }) => {
  it('builds nothing as its modules load: tables are made when first used', () => {
    expect(moduleScopeWork(fs.readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('registers its modules by name: numeric ids (`491`) made every load fill arrays as long as the largest id', () => {
    const ids = [...fs.readFileSync(file, 'utf8').matchAll(/__webpack_require__\(("[^"]*"|\d+)\)/g)].map(([, id]) => id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !/^"N\/[a-z]+"$/.test(id!))).toEqual([]);
  });
});

describe('the bundle loader used above', () => {
  it('sees a second define', () => {
    expect(loadBundle('define([], function () { return {}; }); define([], function () { return {}; });')).toHaveLength(2);
  });

  it('sees work in the module scope, and not inside functions or webpack plumbing', () => {
    const bundle = `define([], function () { return (function () {
      function __webpack_require__(id) { return id; }
      var log_ = __webpack_require__(63);
      const costs = JSON.parse('{"a":1}');
      const CODES = new Set(['US', 'CA']);
      const ROWS = ['a', ...'bc'];
      const EMPTY = new Map();
      class ShardMissing extends Error {}
      __webpack_require__.o = function (obj, prop) { return Object.hasOwn(obj, prop); };
      let __webpack_exports__ = {};
      __webpack_require__.d(__webpack_exports__, { "default": function () { return entryPoints; } });
      function lazy() { return new Set(ROWS.map((row) => row)); }
      const entryPoints = { beforeSubmit: lazy };
      __webpack_exports__ = entryPoints;
      return __webpack_exports__;
    })(); });`;
    expect(moduleScopeWork(bundle)).toEqual([
      "new Set(['US', 'CA'])",
      "...'bc'",
      'class ShardMissing',
      '__webpack_require__.o = function (obj, prop) { return Object.hasOwn(obj, prop); ',
      '__webpack_require__.d(__webpack_exports__, { "default": function () { return ent',
    ]);
  });

  it('sees N module use inside a factory', () => {
    const [{ dependencies, factory }] = loadBundle("define(['N/log'], function (log) { log.debug('x'); return {}; });") as [
      ReturnType<typeof loadBundle>[number],
    ];
    const touched: string[] = [];
    expect(() => factory(...dependencies.map((id) => untouchable(id, touched)))).toThrow('unavailable while executing your define callback');
    expect(touched).toEqual(['N/log.debug']);
  });
});
