import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formattedGlossary, glossaryFile } from './glossary.js';

describe('the glossary of the skill language', () => {
  it('is up to date with the skill language (npm run docs:glossary)', async () => {
    assert.equal(readFileSync(glossaryFile, 'utf8'), await formattedGlossary(), 'run npm run docs:glossary');
  });

  it('has every term in every reading language', async () => {
    const text = await formattedGlossary();
    assert.ok(!text.includes('| — |') && !text.includes('—  |'), 'a term without a translation');
    for (const word of ['Samenwerken', 'العمل مع الآخرين', 'Birlikte çalışmak']) assert.ok(text.includes(word), word);
  });
});
