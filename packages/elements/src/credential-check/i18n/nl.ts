/** Dutch texts at B1: what a verify page tells anyone who checks a skillprint. */
import { dayIn, monthIn } from '../../base/dates.js';

const nl = {
  title: 'Is deze skillprint echt?',
  intro: 'Plak de link of de tekst van de verklaring. Of kies het bestand. Wij kijken of hij echt is.',
  inputLabel: 'Link of verklaring',
  fileLabel: 'Of kies het bestand (.jwt)',
  check: 'Controleer',
  checking: 'Even geduld. We controleren het.',
  notUnderstood: 'Dit is geen link of verklaring die we kennen. Plak de hele link of de hele tekst.',
  /** A chosen file that is not a credential: the paste advice would not help. */
  fileNotUnderstood:
    'Dit bestand is geen verklaring die we kennen. Kies het bestand dat je kreeg: het eindigt op .jwt.',
  empty: 'Plak eerst een link of verklaring.',
  failed: 'Het controleren lukt nu niet. Probeer het later opnieuw.',
  real: 'Echt',
  notReal: 'Niet geldig',
  problems: {
    malformed: 'Dit is geen skillprint-verklaring die we kunnen lezen.',
    'other-issuer': 'Deze verklaring komt niet van Passport for Work. Wij kunnen hem hier niet controleren.',
    signature: 'Deze verklaring is veranderd nadat hij was ondertekend. Vertrouw hem niet.',
    expired: 'Deze verklaring is verlopen. Vraag de eigenaar om een nieuwe.',
    'not-yet-valid': 'Deze verklaring geldt nog niet.',
    revoked: 'De eigenaar heeft deze verklaring ingetrokken. Hij geldt niet meer.',
    'link-unknown': 'Deze link kennen we niet. Controleer of je de hele link hebt.',
    'link-expired': 'Deze link werkt niet meer. Hij is verlopen of gestopt. Vraag om een nieuwe link.',
  },
  issued: (issuer: string, date: Date) => `Gemaakt via ${issuer} op ${dayIn('nl', date)}.`,
  measured: (month: Date) => `Gemeten met de test van ${monthIn('nl', month)}.`,
  version: (v: string) => `Gemeten met testversie ${v}.`,
  provisional:
    'Let op: de test is nieuw. Deze niveaus zijn een eerste schatting. We maken ze nog beter met de antwoorden van echte mensen.',
  skillsHeading: 'Wat de niveaus zeggen',
  skill: 'Vaardigheid',
  level: 'Niveau',
  meaning: 'Wat dat betekent',
  /** What a level is called (1 to 5), for someone who reads another person's skillprint. */
  levelNames: ['beginner', 'basis', 'gemiddeld', 'sterk', 'heel sterk'] as readonly string[],
  /** Whose skillprint it is: the pseudonym in the credential (never a real name). */
  holder: (name: string) => `Deze skillprint is van ${name}. Dat is een schuilnaam, niet de echte naam.`,
  levelOf: (level: number, low: number, high: number) =>
    low === high
      ? `${level} van 5`
      : `${level} van 5 (kan ook ${low === level ? high : low}${low < level && high > level ? ` of ${high}` : ''} zijn)`,
  scale:
    'Niveau 1 is beginner, niveau 5 is heel sterk. Een niveau zegt wat iemand laat zien, niet wat iemand waard is.',
};

export type Messages = typeof nl;
export default nl;
