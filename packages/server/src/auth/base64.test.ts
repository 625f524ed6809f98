import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base64url } from 'jose';
import { toBase64 } from './base64.js';

/** The spec's result, through the platform's own btoa. */
function reference(bytes: Uint8Array, url: boolean, omitPadding: boolean): string {
  let text = btoa(String.fromCharCode(...bytes));
  if (url) text = text.replace(/\+/g, '-').replace(/\//g, '_');
  return omitPadding ? text.replace(/=+$/, '') : text;
}

test('toBase64 gives what btoa gives, for every alphabet, padding and length', () => {
  for (let length = 0; length < 70; length++) {
    const bytes = crypto.getRandomValues(new Uint8Array(length + 8)).subarray(3, 3 + length);
    for (const url of [false, true])
      for (const omitPadding of [false, true])
        assert.equal(
          toBase64(bytes, { alphabet: url ? 'base64url' : 'base64', omitPadding }),
          reference(bytes, url, omitPadding),
          `length ${length}, url ${url}, omitPadding ${omitPadding}`,
        );
  }
  assert.equal(toBase64(new Uint8Array([251, 255])), '+/8=');
  assert.throws(() => toBase64(new Uint8Array(1), { alphabet: 'hex' as 'base64' }), TypeError);
});

test('jose encodes through it and decodes its own way back', () => {
  const bytes = crypto.getRandomValues(new Uint8Array(24_001));
  const encoded = base64url.encode(bytes);
  assert.equal(encoded, reference(bytes, true, true));
  assert.deepEqual(base64url.decode(encoded), bytes);
});
