/**
 * A plain check for words about health in what a coach writes (a note, a next action). Health
 * data is special-category data (AVG/GDPR art. 9): it does not belong in a coaching file the
 * job seeker and the platform keep. The check is a short list of Dutch and English words, not a
 * classifier: it catches the usual slips ("burn-out", "diagnose ADHD") so the coach can rephrase.
 */

/** Words that start a health word ("ziek" also finds "ziekte" and "ziekmelding"). */
const STARTS = [
  'diagnos',
  'gediagnosticeerd',
  'ziek',
  'burn-?out',
  'overspannen',
  'depress',
  'adhd',
  'autis',
  'asperger',
  'medicijn',
  'medicatie',
  'medication',
  'psychiat',
  'psychisch',
  'psychose',
  'zwanger',
  'pregnan',
  'verslav',
  'verslaafd',
  'addict',
  'huisarts',
  'dokter',
  'sick',
  'illness',
  'disease',
  'handicap',
  'angststoornis',
  'anxiety',
];

/** Whole words only: as the start of a word they would find others ("hospitality", "address"). */
const WORDS = ['add', 'psycholoog', 'psychologen', 'psychologist', 'hospitals?', 'doctors?', 'medicines?'];

/** Parts of Dutch compounds that are health words anywhere in a word ("fysiotherapie", "kinderziekenhuis"). */
const INSIDE = ['therap', 'ziekenhuis', 'stoornis', 'medicijn', 'verslaving', 'diagnose'];

const letter = '[\\p{L}\\p{N}]';
const rest = '[\\p{L}\\p{N}-]*';
/** A whole word around each match, so the coach sees the word itself ("ziekmelding", not "ziek"). */
const pattern = new RegExp(
  [
    `(?<!${letter})(?:${STARTS.join('|')})${rest}`,
    `(?<!${letter})(?:${WORDS.join('|')})(?!${letter})`,
    `${letter}*(?:${INSIDE.join('|')})${rest}`,
  ].join('|'),
  'giu',
);

/** The health words in a text, each once, as written (an empty list when there are none). */
export function healthWordsIn(text: string): string[] {
  const found = new Map<string, string>();
  for (const [word] of text.matchAll(pattern)) {
    const key = word.toLowerCase();
    if (!found.has(key)) found.set(key, word);
  }
  return [...found.values()];
}
