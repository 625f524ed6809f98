/** The text() helper (common.ts): well-formed Unicode only, and no text of only spaces. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { isWellFormedText, text } from './common.js';
import { validationProblem } from './issues.js';
import { Identity, PHONE_DIGITS } from './people.js';

const errors = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : (validationProblem(result.error.issues, 'body').errors ?? []).map((e) => `${e.path}: ${e.message}`);
};

describe('text()', () => {
  it('knows well-formed Unicode as String.prototype.isWellFormed does', () => {
    const samples = [
      '',
      'a',
      'Zoë',
      'Kok 🍳',
      '\ud83c\udf73\ud83c\udf73',
      'a\ud800b',
      '\udc00',
      'x\ud800',
      '\udc00\ud800',
      '\ud800\ud800\udc00',
      '\ud800\udc00\udc00',
    ];
    for (const s of samples) {
      const reference = (s as unknown as { isWellFormed?: () => boolean }).isWellFormed?.();
      if (reference !== undefined) assert.equal(isWellFormedText(s), reference, JSON.stringify(s));
    }
    assert.equal(isWellFormedText('Kok 🍳'), true);
    assert.equal(isWellFormedText('a\ud800b'), false);
  });

  it('refuses a lone surrogate with a clear message naming the field', () => {
    assert.deepEqual(errors(Identity, { name: 'Secret Person x\udc00', email: 'a@example.nl' }), [
      'body.name: must be well-formed Unicode (no lone surrogate)',
    ]);
    assert.deepEqual(errors(Identity, { name: 'Sam 👋', email: 'a@example.nl' }), []);
  });

  it('takes a phone number as people write it, with 8 digits or more, and says what is wrong', () => {
    const id = { name: 'Sam', email: 'sam@example.nl' };
    // The widgets say the number PHONE_DIGITS: it is the one the rule counts.
    assert.deepEqual(errors(Identity, { ...id, phone: '1'.repeat(PHONE_DIGITS) }), []);
    assert.equal(errors(Identity, { ...id, phone: '1'.repeat(PHONE_DIGITS - 1) }).length, 1);
    for (const phone of ['06 12345678', '06-1234 5678', '+31 6 1234 5678', '(020) 123 4567', '0031.20.1234567'])
      assert.deepEqual(errors(Identity, { ...id, phone }), [], phone);
    assert.deepEqual(errors(Identity, { ...id, phone: '06 1234' }), [
      'body.phone: must be a phone number of 8 or more digits',
    ]);
    assert.deepEqual(errors(Identity, { ...id, phone: 'abcdefghij' }), [
      'body.phone: must be a phone number of 8 or more digits',
    ]);
    assert.deepEqual(errors(Identity, { ...id, phone: '0612345678 of 0201234567' }), [
      'body.phone: must be a phone number of 8 or more digits',
    ]);
  });

  it('counts characters besides spaces against the minimum', () => {
    const title = z.object({ title: text(2, 120) });
    assert.deepEqual(errors(title, { title: '     ' }), ['body.title: must have 2 or more characters besides spaces']);
    assert.deepEqual(errors(title, { title: ' a ' }), ['body.title: must have 2 or more characters besides spaces']);
    assert.deepEqual(errors(title, { title: 'a' }), ['body.title: must be at least 2 characters']);
    assert.deepEqual(errors(title, { title: ' Kok ' }), [], 'spaces around a text are kept, not counted against it');
    assert.deepEqual(errors(z.object({ name: text(1, 10) }), { name: ' \t\n' }), [
      'body.name: must have 1 or more characters besides spaces',
    ]);
    // An optional text of length 0 up stays free.
    assert.deepEqual(errors(z.object({ m: text(0, 10) }), { m: '   ' }), []);
  });
});
