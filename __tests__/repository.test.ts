// The repository stands alone: no file refers to one outside it, and every relative link in its Markdown resolves.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SKIPPED = new Set(['node_modules', 'FileCabinet', '.git', 'package-lock.json']);
const TEXT = /\.(ts|js|json|md|xml|csv|yml|yaml)$|^\.ci$|^run$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return TEXT.test(entry.name) ? [full] : [];
  });
}

const all = files(ROOT);
const relative = (file: string) => path.relative(ROOT, file);

test('has files to check, docs included', () => {
  expect(all.map(relative)).toEqual(expect.arrayContaining(['README.md', path.join('docs', 'routing-rules.md'), path.join('.ci', 'run')]));
});

test('no file refers to a file outside the repository (a shared folder, absolute workstation paths)', () => {
  const outside = /\.\.\/shared\/|\/work\/|shared\/SPEC|shared\/reference|shared reference/i;
  const found = all.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (outside.test(line) && !line.includes('outside = ') ? [`${relative(file)}:${index + 1}: ${line.trim()}`] : [])),
  );
  expect(found).toEqual([]);
});

test('every relative link in the Markdown files points to a file of the repository', () => {
  const broken = all
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
        .map((match) => match[1] ?? '')
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !existsSync(path.resolve(path.dirname(file), target)))
        .map((target) => `${relative(file)} → ${target}`),
    );
  expect(broken).toEqual([]);
});
