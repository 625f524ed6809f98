/** The policy shown to partners is the one the widgets are built for (@pfw/elements/csp), not a copy gone stale. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cspWith } from '@pfw/elements/csp';

test("docs/embedding.md's policy recipe is STRICT_CSP with the example's own sources", () => {
  const page = readFileSync(join(import.meta.dirname, '..', 'embedding.md'), 'utf8');
  const section = page.slice(page.indexOf('## Content-Security-Policy'));
  const recipe = /```text\n([\s\S]*?)\n```/.exec(section)?.[1];
  const expected = cspWith(
    { 'script-src': ['https://cdn.example.nl'], 'connect-src': ['https://api.passportforwork.example'] },
    ';\n',
  );
  assert.equal(recipe, expected, 'update the recipe in docs/embedding.md');
});
