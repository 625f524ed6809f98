import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { healthWordsIn } from './health-words.js';

describe('healthWordsIn (no health data in a coach note)', () => {
  it('finds the health words of the walkthrough, each once, as written', () => {
    assert.deepEqual(healthWordsIn('Hij heeft een burn-out en slaapt slecht, diagnose ADHD.'), [
      'burn-out',
      'diagnose',
      'ADHD',
    ]);
    assert.deepEqual(healthWordsIn('Ziek gemeld. Ziek!'), ['Ziek']);
  });

  it('finds Dutch and English words, their forms and compounds', () => {
    for (const [text, word] of [
      ['Ze is depressief.', 'depressief'],
      ['Ziekmelding ontvangen', 'Ziekmelding'],
      ['Hij gaat naar de fysiotherapie', 'fysiotherapie'],
      ['Afspraak in het kinderziekenhuis', 'kinderziekenhuis'],
      ['Ze is zwanger', 'zwanger'],
      ['Gesprek met de psycholoog', 'psycholoog'],
      ['Neemt medicijnen', 'medicijnen'],
      ['Autisme speelt mee', 'Autisme'],
      ['In behandeling voor verslaving', 'verslaving'],
      ['She was diagnosed last year', 'diagnosed'],
      ['He is on medication', 'medication'],
      ['Was in hospital for a week', 'hospital'],
      ['Burnout, says her GP', 'Burnout'],
    ])
      assert.deepEqual(healthWordsIn(text!), [word], text);
  });

  it('leaves ordinary coaching words alone', () => {
    for (const text of [
      'Gesprek gehad. Sam wil de cursus doen.',
      'Bellen over de cursus',
      'Werkt graag in de hospitality, adres gegeven',
      'Address the additional hours with the employer',
      'Ze start volgende week als kok. Goed gedaan!',
      'Cursus Samenwerken gekozen; hij ziet ertegen op.',
    ])
      assert.deepEqual(healthWordsIn(text), [], text);
  });
});
