/** Eenvoudig Nederlands (A2): what a verify page tells anyone who checks a skillprint, for readers who find B1 hard (MBO 1-2). */
import { dayIn, monthIn } from '../../base/dates.js';
import type { Messages } from './nl.js';

const a2: Messages = {
  title: 'Is deze skillprint echt?',
  intro: 'Plak de link of de tekst van de verklaring. Of kies het bestand. Wij kijken of hij echt is.',
  inputLabel: 'Link of verklaring',
  fileLabel: 'Of kies het bestand (.jwt)',
  check: 'Controleer',
  checking: 'Even wachten. We controleren het.',
  notUnderstood: 'Deze link of verklaring kennen we niet. Plak de hele link. Of plak de hele tekst.',
  fileNotUnderstood: 'Dit bestand kennen we niet. Kies het bestand dat je kreeg. De naam eindigt op .jwt.',
  empty: 'Plak eerst een link of verklaring.',
  failed: 'Het controleren lukt nu niet. Probeer het later opnieuw.',
  real: 'Echt',
  notReal: 'Niet geldig',
  problems: {
    malformed: 'Dit is geen skillprint die we kunnen lezen.',
    'other-issuer': 'Deze verklaring komt niet van Passport for Work. Daarom kunnen we hem hier niet controleren.',
    signature: 'Iemand heeft deze verklaring veranderd. Dat was na de handtekening. Vertrouw hem niet.',
    expired: 'Deze verklaring is verlopen. Vraag de eigenaar om een nieuwe.',
    'not-yet-valid': 'Deze verklaring geldt nog niet.',
    revoked: 'De eigenaar heeft deze verklaring gestopt. Hij geldt niet meer.',
    'link-unknown': 'Deze link kennen we niet. Kijk of je de hele link hebt.',
    'link-expired': 'Deze link werkt niet meer. Hij is verlopen of gestopt. Vraag om een nieuwe link.',
  },
  issued: (issuer: string, date: Date) => `Gemaakt via ${issuer} op ${dayIn('nl', date)}.`,
  measured: (month: Date) => `Gemeten met de test van ${monthIn('nl', month)}.`,
  version: (v: string) => `Gemeten met testversie ${v}.`,
  provisional: 'Let op: dit is nog niet zeker. We leren nog. We vergeleken de niveaus nog niet met echte antwoorden.',
  skillsHeading: 'Wat de niveaus zeggen',
  skill: 'Vaardigheid',
  level: 'Niveau',
  meaning: 'Wat dat betekent',
  levelNames: ['beginner', 'basis', 'gemiddeld', 'sterk', 'heel sterk'],
  holder: (name: string) => `Deze skillprint is van ${name}. Dat is niet de echte naam van de persoon.`,
  levelOf: (level: number, low: number, high: number) =>
    low === high
      ? `${level} van 5`
      : `${level} van 5 (kan ook ${low === level ? high : low}${low < level && high > level ? ` of ${high}` : ''} zijn)`,
  scale:
    'Niveau 1 is beginner. Niveau 5 is heel sterk. Een niveau zegt wat iemand laat zien. Het zegt niet wat iemand waard is.',
};

export default a2;
