// One AMD bundle per entry script in src/scripts/ → FileCabinet/SuiteScripts/tlr/<name>.js.
// N/* modules stay external (define dependencies); the entry's JSDoc header (@NApiVersion, @NScriptType) is
// copied verbatim to the first lines; the code stays unminified so NetSuite's script debugger shows it readably.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const { EntryPointsPlugin } = require('./tools/build/entryPointsPlugin');

const scriptsDir = path.resolve(__dirname, 'src/scripts');
const entryFiles = fs.readdirSync(scriptsDir).filter((file) => /^tlr_.*\.ts$/.test(file));

function headerOf(file) {
  const source = fs.readFileSync(path.join(scriptsDir, file), 'utf8');
  const header = source.match(/^\s*(\/\*\*[\s\S]*?\*\/)/);
  if (!header || !/@NApiVersion\s+2\.1/.test(header[1]) || !/@NScriptType\s+\w+/.test(header[1])) {
    throw new Error(`${file}: the file must start with a JSDoc block holding @NApiVersion 2.1 and @NScriptType`);
  }
  return header[1];
}

const headers = Object.fromEntries(entryFiles.map((file) => [`tlr/${path.basename(file, '.ts')}`, headerOf(file)]));

module.exports = {
  mode: 'production',
  target: ['es2022'],
  devtool: false,
  entry: Object.fromEntries(entryFiles.map((file) => [`tlr/${path.basename(file, '.ts')}`, path.join(scriptsDir, file)])),
  output: {
    path: path.resolve(__dirname, 'FileCabinet/SuiteScripts'),
    filename: '[name].js',
    // The entry's default export (a plain object of entry points) is what define's factory returns.
    library: { type: 'amd', export: 'default' },
    clean: true,
    environment: { arrowFunction: false },
    // One self-contained file per script: NetSuite loads no chunks.
    chunkFormat: false,
    chunkLoading: false,
  },
  externalsType: 'amd',
  externals: [({ request }, callback) => (/^N(\/|$)/.test(request) ? callback(null, request) : callback())],
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        // Strict ESM: a default import of an N module is the module object itself, with no interop helper that
        // would read the module (its __esModule flag) while define's factory runs.
        type: 'javascript/esm',
        // No module runs anything on import that another needs: a bundle leaves out the modules whose exports it
        // never uses (the lead event carries no health analysis), as each execution runs every module's top level.
        sideEffects: false,
        loader: 'ts-loader',
        options: { transpileOnly: true, compilerOptions: { noEmit: false } },
      },
    ],
  },
  // Modules keyed by name ("N/log"): numeric ids (491, 728) make every execution fill arrays as long as the largest id.
  optimization: { minimize: false, splitChunks: false, runtimeChunk: false, concatenateModules: true, moduleIds: 'named' },
  plugins: [
    // The factory returns the entry points as a plain value, not through an exports getter (see the plugin).
    new EntryPointsPlugin(),
    new webpack.BannerPlugin({
      raw: true,
      entryOnly: true,
      banner: ({ chunk }) => headers[chunk.name],
    }),
  ],
  performance: { hints: false },
};
