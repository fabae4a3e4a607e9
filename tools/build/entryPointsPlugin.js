// Returns each script's entry points from its define factory as a plain value, instead of through webpack's exports
// getter. NetSuite runs a script's whole file on every execution. Webpack's way (`__webpack_require__.d` defining a
// getter on a fresh exports object, and `.d`/`.o` added as properties of a fresh `__webpack_require__`) gives V8 a new
// hidden class per execution that holds the getter, and through its closure the whole module scope: each
// execution's objects then outlive young-generation collections (the local simulator copied about 90 KB a lead into
// the old generation). The factory still returns the same entry points object; only the plumbing changes.
// The rewrite is exact: a bundle whose text is not the shape below stops the build with the file's name.
const { Compilation, sources } = require('webpack');

const DEFINE_GETTERS_RUNTIME =
  /\/\*\*\*\*\*\*\/ \t\/\* webpack\/runtime\/define property getters \*\/\n[\s\S]*?\/\*\*\*\*\*\*\/ \t__webpack_require__\.o = function\(obj, prop\) \{ return Object\.hasOwn\(obj, prop\); \};\n/g;
const DEFAULT_EXPORT_GETTER = /\n\/\/ EXPORTS\n__webpack_require__\.d\(__webpack_exports__, \{\n {2}"default": function\(\) \{ return \/\* binding \*\/ ([\w$]+); \}\n\}\);\n/g;
const DEFAULT_EXPORT_READ = /__webpack_exports__ = __webpack_exports__\["default"\];/g;

function plainEntryPoints(file, text) {
  const runtime = text.match(DEFINE_GETTERS_RUNTIME) ?? [];
  const getters = [...text.matchAll(DEFAULT_EXPORT_GETTER)];
  const reads = text.match(DEFAULT_EXPORT_READ) ?? [];
  if (runtime.length !== 1 || getters.length !== 1 || reads.length !== 1) {
    throw new Error(`${file}: expected webpack's default-export getter once (found runtime ${runtime.length}, getter ${getters.length}, read ${reads.length}); update tools/build/entryPointsPlugin.js for this webpack version`);
  }
  const rewritten = text
    .replace(DEFINE_GETTERS_RUNTIME, '')
    .replace(DEFAULT_EXPORT_GETTER, '\n')
    .replace(DEFAULT_EXPORT_READ, `__webpack_exports__ = ${getters[0][1]};`);
  if (/__webpack_require__\.[do]\b/.test(rewritten)) throw new Error(`${file}: webpack's exports getters are still used after the rewrite`);
  return rewritten;
}

class EntryPointsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EntryPointsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EntryPointsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, (assets) => {
        for (const file of Object.keys(assets).filter((name) => name.endsWith('.js'))) {
          const text = compilation.getAsset(file).source.source().toString();
          compilation.updateAsset(file, new sources.RawSource(plainEntryPoints(file, text)));
        }
      });
    });
  }
}

module.exports = { EntryPointsPlugin, plainEntryPoints };
