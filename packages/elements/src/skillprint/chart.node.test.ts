/** How the radar breaks a skill's name into lines: whole words, a long word broken only beside a narrow chart. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wrapLabel } from './chart.js';

describe('wrapLabel', () => {
  it('keeps a short name on one line and puts a long one on lines of whole words', () => {
    assert.equal(wrapLabel('Samenwerken'), 'Samenwerken');
    assert.deepEqual(wrapLabel('Klantgericht werken'), ['Klantgericht', 'werken']);
    assert.deepEqual(wrapLabel('Omgaan met druk'), ['Omgaan met', 'druk']);
    assert.deepEqual(wrapLabel('Verantwoordelijkheid nemen'), ['Verantwoordelijkheid', 'nemen']);
  });

  it('beside a narrow chart, breaks a word longer than a line where a hyphen may go', () => {
    assert.deepEqual(wrapLabel('Verantwoordelijkheid nemen', true), ['Verantwoor-', 'delijkheid', 'nemen']);
    assert.deepEqual(wrapLabel('Taking responsibility', true), ['Taking', 'responsibility']);
    assert.deepEqual(wrapLabel('Klantvriendelijkheid', true), ['Klantvrien-', 'delijkheid']);
    // "ij" is a vowel ("lijk-heid", never "lij-kheid"); no safe place to break: the word stays whole.
    assert.deepEqual(wrapLabel('Eerlijkheidsgevoel', true), ['Eerlijk-', 'heidsgevoel']);
    assert.deepEqual(wrapLabel('Vakmanschapstechniek', true), ['Vakmanschapstechniek']);
  });
});
