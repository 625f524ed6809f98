/** How the radar breaks a skill's name into lines: whole words, a long word broken only beside a narrow chart. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { separateLabels, wrapLabel } from './chart.js';

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

describe('separateLabels', () => {
  const box = (left: number, top: number, width: number, height: number) => ({
    left,
    top,
    y: top,
    right: left + width,
    bottom: top + height,
  });
  const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('moves names that overlap apart, each by half, and leaves names side by side alone', () => {
    const [a, b, c] = [box(0, 50, 80, 20), box(10, 60, 80, 20), box(100, 55, 50, 20)];
    separateLabels([a, b, c], { top: 0, bottom: 300 });
    assert.equal(overlaps(a, b), false);
    assert.equal(a.top, 44); // 10 px overlap and a gap of 2: 6 each
    assert.equal(b.top, 66);
    assert.equal(a.y, a.top);
    assert.deepEqual(c, box(100, 55, 50, 20));
  });

  it('keeps a crowd of names inside the area: the one at the edge stays, the others move', () => {
    const crowd = [0, 5, 10, 15, 20].map((top) => box(0, top, 60, 22));
    separateLabels(crowd, { top: 0, bottom: 200 });
    for (let i = 0; i < crowd.length; i++) {
      assert.ok(crowd[i]!.top >= 0 && crowd[i]!.bottom <= 200);
      for (let j = i + 1; j < crowd.length; j++) assert.equal(overlaps(crowd[i]!, crowd[j]!), false, `${i} and ${j}`);
    }
    assert.equal(Math.min(...crowd.map((b) => b.top)), 0);
  });
});
