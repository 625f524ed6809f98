/** The month of the test, read from a skillprint's assessment version, and how the card says it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testMonth } from '@pfw/core/norms';
import nl from './i18n/nl.js';
import en from './i18n/en.js';

describe('testMonth', () => {
  it('reads year and month from the start of the bank version', () => {
    assert.deepEqual(testMonth('2026.12c-provisional+2026.12-provisional'), new Date(2026, 11));
    assert.deepEqual(testMonth('2026.11+2026.11-provisional'), new Date(2026, 10));
    assert.deepEqual(testMonth('2027.03'), new Date(2027, 2));
    assert.deepEqual(testMonth('2027.3b+2027.03'), new Date(2027, 2));
  });

  it('reads nothing from a version in another form, so the card shows the version itself', () => {
    for (const version of ['provisional', 'beta-7', '', '2026.13+2026.13', '2026.00', '2026.123', 'v2026.12', '26.12'])
      assert.equal(testMonth(version), undefined, version);
  });

  it('is a sentence in Dutch and in English', () => {
    const month = testMonth('2026.12c-provisional+2026.12-provisional')!;
    assert.equal(nl.measured(month), 'Gemeten met de test van december 2026');
    assert.equal(en.measured(month), 'Measured with the test of December 2026');
  });
});
