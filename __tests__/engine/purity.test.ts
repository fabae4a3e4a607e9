// The engine must stay pure: plain TypeScript that knows nothing of NetSuite or of the host it runs on.
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

const engineDir = path.resolve(__dirname, '../../src/engine');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file loads, as TypeScript's own scanner finds it: imports of any form, re-exports, require, import(). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

describe('the routing engine is pure', () => {
  const files = sourceFiles(engineDir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [path.relative(engineDir, file), file]))('%s imports only engine modules', (_name, file) => {
    const outside = importsOf(fs.readFileSync(file, 'utf8')).filter(
      (specifier) => !specifier.startsWith('.') || !path.resolve(path.dirname(file), specifier).startsWith(engineDir + path.sep),
    );
    expect(outside).toEqual([]);
  });

  it.each(files.map((file) => [path.relative(engineDir, file), file]))('%s reads no clock, randomness or host globals', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    expect(source).not.toMatch(/\bDate\.now\(|new Date\(\s*\)|Math\.random\(|\bprocess\.|\brequire\(/);
  });
});

describe('the purity check itself', () => {
  it('finds N/* and node imports', () => {
    const source = "import record from 'N/record';\nimport * as fs from 'fs';\nimport { x } from './x';\nconst s = require('N/search');";
    expect(importsOf(source)).toEqual(['N/record', 'fs', './x', 'N/search']);
  });

  it('finds side-effect imports, type imports, re-exports and dynamic imports, and ignores comments and strings', () => {
    const source = [
      "import 'N/log';",
      "import type { Rows } from 'N/query';",
      "export * from 'N/cache';",
      "export { format } from 'N/format';",
      "import file = require('N/file');",
      "const task = import('N/task');",
      "// import 'N/email';",
      "const text = \"import 'N/http'\";",
    ].join('\n');
    expect(importsOf(source)).toEqual(['N/log', 'N/query', 'N/cache', 'N/format', 'N/file', 'N/task']);
  });
});
