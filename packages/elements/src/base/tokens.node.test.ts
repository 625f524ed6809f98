/** Tokens are a contract with host pages: every one used must be defined, documented, and themable. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TOKEN_DESCRIPTIONS } from './tokens.docs.js';
import { TOKENS } from './tokens.js';

const src = join(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

describe('design tokens', () => {
  const files = sources(src).map((p) => ({ p, text: readFileSync(p, 'utf8') }));

  it('every --_ alias a widget uses is a defined token', () => {
    for (const { p, text } of files) {
      for (const [, name] of text.matchAll(/var\(--_([a-z0-9-]+)/g)) {
        assert.ok(name! in TOKENS, `${p.slice(src.length)} uses --_${name}, which is not in TOKENS`);
      }
    }
  });

  it('every --pfw- custom property used is a global token or a documented widget property', () => {
    const documented = new Set(
      files.flatMap(({ text }) => [...text.matchAll(/@cssproperty (--pfw-[a-z0-9-]+)/g)].map((m) => m[1])),
    );
    for (const { p, text } of files) {
      for (const [, name] of text.matchAll(/var\((--pfw-[a-z0-9-]+)/g)) {
        const global = name!.slice('--pfw-'.length) in TOKENS;
        assert.ok(
          global || documented.has(name),
          `${p.slice(src.length)} uses ${name}: add it to TOKENS or document it with @cssproperty`,
        );
      }
    }
  });

  it('every token has a description for the docs', () => {
    assert.deepEqual(Object.keys(TOKEN_DESCRIPTIONS).sort(), Object.keys(TOKENS).sort());
  });
});
