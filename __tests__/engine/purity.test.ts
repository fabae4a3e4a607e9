// The engine must stay pure: plain TypeScript that knows nothing of NetSuite or of the host it runs on.
import * as fs from 'fs';
import * as path from 'path';

const engineDir = path.resolve(__dirname, '../../src/engine');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  const dynamic = [...source.matchAll(/(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...specifiers, ...dynamic];
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
});
