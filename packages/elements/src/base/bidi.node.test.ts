import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isolated } from './bidi.js';

describe('isolated (mixed directions in Arabic)', () => {
  it('isolates every text argument, keeps numbers, dates and lists, and keeps the shape', () => {
    const messages = isolated({
      hello: (name: string) => `مرحبًا ${name}`,
      count: (n: number, of: number) => `${n} من ${of}`,
      nested: { at: (employer: string) => `في ${employer}` },
      names: (names: string[]) => names.join(' و'),
      plain: 'نص',
    });
    assert.equal(messages.hello('Ada'), 'مرحبًا \u2068Ada\u2069');
    assert.equal(messages.count(3, 7), '3 من 7');
    assert.equal(messages.nested.at('Bouw BV'), 'في \u2068Bouw BV\u2069');
    assert.equal(messages.names(['a', 'b']), 'a وb');
    assert.equal(messages.plain, 'نص');
    assert.equal(messages.hello.length, 1);
    assert.equal(messages.count.length, 2);
  });
});
