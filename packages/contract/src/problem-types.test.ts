/** Problem type URIs come from one table: none typed by hand elsewhere, and docs/api.md lists the table. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { PROBLEM_TYPES, isProblemType, problemType } from './problem-types.js';

const root = join(import.meta.dirname, '../../..');
const SOURCES = ['packages/core/src', 'packages/contract/src', 'packages/elements/src', 'packages/server/src']
  .concat(['api-mock/src', 'demo/src'])
  .map((d) => join(root, d));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('problem types', () => {
  it('are built from the table', () => {
    assert.equal(problemType('no-skillprint'), 'https://passportforwork.dev/problems/no-skillprint');
    assert.equal(problemType(404), 'https://passportforwork.dev/problems/404');
    assert.ok(isProblemType({ type: problemType('wrong-status') }, 'wrong-status'));
    assert.ok(!isProblemType({ type: problemType('wrong-status') }, 'wrong-role'));
  });

  it('are never typed by hand in the sources, nor matched by a slug outside the table', () => {
    const slugs = new Set(Object.keys(PROBLEM_TYPES));
    const found: string[] = [];
    for (const file of SOURCES.flatMap(sourceFiles)) {
      if (file.endsWith('problem-types.ts')) continue;
      const text = readFileSync(file, 'utf8');
      const where = relative(root, file);
      if (text.includes('passportforwork.dev/problems')) found.push(`${where}: a problem type URI typed by hand`);
      for (const m of text.matchAll(/type\.endsWith\(['"`]\/?([a-z-]+)['"`]\)/g))
        if (!slugs.has(m[1]!)) found.push(`${where}: "${m[1]}" is not in PROBLEM_TYPES`);
    }
    assert.deepEqual(found, []);
  });

  it('are listed in docs/api.md as in the table', () => {
    const api = readFileSync(join(root, 'docs/api.md'), 'utf8');
    const rows = [...api.matchAll(/^\| `([a-z-]+)` +\| (.+?) +\|$/gm)].map((m) => [m[1], m[2]!.replace(/\\\|/g, '|')]);
    assert.deepEqual(rows, Object.entries(PROBLEM_TYPES), 'update the problem types table in docs/api.md');
  });
});
