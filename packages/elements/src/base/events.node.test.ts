/**
 * The events rule (docs/architecture.md): every domain event a widget sends (`new CustomEvent`,
 * all named pfw-*) bubbles and is composed, so a host page hears it on `document`; a form
 * control's `input` is composed and its `change` is not, as the platform's own controls do.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const src = join(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

/** The text of each `new <Kind>(…)` call: from its start to the matching parenthesis. */
function calls(text: string, kind: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(`new ${kind}(<[^>(]*>)?\\(`, 'g'))) {
    let depth = 0;
    let i = m.index + m[0].length - 1;
    for (; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) break;
    }
    out.push(text.slice(m.index, i + 1));
  }
  return out;
}

describe('events', () => {
  const files = sources(src).map((p) => ({ where: relative(src, p), text: readFileSync(p, 'utf8') }));

  it('every domain event is named pfw-*, bubbles and is composed', () => {
    let count = 0;
    for (const { where, text } of files) {
      for (const call of calls(text, 'CustomEvent')) {
        count++;
        const name = /CustomEvent(?:<[^>(]*>)?\(\s*(['"`])([^'"`]+)\1/.exec(call)?.[2];
        if (name) assert.match(name, /^pfw-/, `${where}: ${call}`);
        assert.match(call, /bubbles:\s*true/, `${where} does not bubble: ${call}`);
        assert.match(call, /composed:\s*true/, `${where} is not composed: ${call}`);
      }
    }
    assert.ok(count >= 5, `found only ${count} domain events: is the scan still right?`);
  });

  it("form controls' input is composed and change is not, as the platform's", () => {
    for (const { where, text } of files) {
      for (const call of calls(text, 'Event')) {
        if (call.includes("'input'")) assert.match(call, /composed:\s*true/, `${where}: ${call}`);
        if (call.includes("'change'")) assert.doesNotMatch(call, /composed:\s*true/, `${where}: ${call}`);
      }
    }
  });
});
