/**
 * A B1 readability check for Dutch texts: sentence length and the Flesch-Douma reading ease
 * (Douma 1960, the Dutch adaptation of Flesch):
 *
 *   ease = 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words)
 *
 * 100 is very easy, 0 very hard. Thresholds and why: see B1_THRESHOLDS.
 */

/**
 * B1 thresholds. Dutch plain-language guides (Rijksoverheid, Stichting Makkelijk Lezen) ask for
 * sentences of at most 15 words and an average near 10; Flesch-Douma 60-70 reads as "fairly
 * easy" and above 70 as "easy", which matches B1. The formula is made for running text: on a
 * three-word label one long compound ("warmtepompen") swings it by 50 points. So the per-text
 * ease applies to texts of eight words or more; labels and titles count in the corpus score and
 * in the sentence-length rules.
 */
export const B1_THRESHOLDS = {
  /** No sentence longer than this. */
  maxSentenceWords: 15,
  /** Average sentence length over all texts. */
  maxAverageSentenceWords: 10,
  /** Flesch-Douma over all texts together. */
  minCorpusEase: 70,
  /** Flesch-Douma of each text of eight words or more. */
  minTextEase: 60,
  /** Texts shorter than this are labels: no per-text ease. */
  minWordsForTextEase: 8,
} as const;

/** Dutch syllables ≈ vowel groups ("aa", "ie", "oe", "eu", "ui", "ij" count once); a diaeresis ("ë", "ï") starts a new one. */
export function countSyllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/ij/g, 'i')
    .replace(/([ëïöü])/g, '|$1');
  const groups = w.split('|').reduce((n, part) => n + (part.match(/[aeiouyáàâäéèêëíìîïóòôöúùûü]+/g)?.length ?? 0), 0);
  return Math.max(1, groups);
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);
}

export interface Readability {
  text: string;
  sentences: number;
  words: number;
  syllables: number;
  longestSentence: number;
  /** Flesch-Douma reading ease. */
  ease: number;
}

export function readability(text: string): Readability {
  const sentences = splitSentences(text);
  const all = words(text);
  const syllables = all.reduce((n, w) => n + countSyllables(w), 0);
  const sentenceCount = Math.max(1, sentences.length);
  const wordCount = Math.max(1, all.length);
  return {
    text,
    sentences: sentences.length,
    words: all.length,
    syllables,
    longestSentence: Math.max(0, ...sentences.map((s) => words(s).length)),
    ease: 206.835 - 0.93 * (wordCount / sentenceCount) - 77 * (syllables / wordCount),
  };
}

export interface CorpusReport {
  texts: number;
  averageSentenceWords: number;
  ease: number;
  /** Texts long enough for a per-text score, hardest first. */
  worst: Readability[];
  failures: string[];
}

/** Check many texts against B1_THRESHOLDS; lists the hardest ones first. */
export function checkB1(texts: readonly string[], thresholds = B1_THRESHOLDS): CorpusReport {
  const scored = texts.map(readability);
  const sentences = scored.reduce((n, r) => n + Math.max(1, r.sentences), 0);
  const wordCount = scored.reduce((n, r) => n + r.words, 0);
  const syllables = scored.reduce((n, r) => n + r.syllables, 0);
  const averageSentenceWords = wordCount / sentences;
  const ease = 206.835 - 0.93 * averageSentenceWords - 77 * (syllables / wordCount);
  const failures: string[] = [];
  for (const r of scored) {
    if (r.longestSentence > thresholds.maxSentenceWords)
      failures.push(`sentence of ${r.longestSentence} words: "${r.text}"`);
    if (r.words >= thresholds.minWordsForTextEase && r.ease < thresholds.minTextEase)
      failures.push(`ease ${r.ease.toFixed(0)}: "${r.text}"`);
  }
  if (averageSentenceWords > thresholds.maxAverageSentenceWords)
    failures.push(`average sentence ${averageSentenceWords.toFixed(1)} words`);
  if (ease < thresholds.minCorpusEase) failures.push(`corpus ease ${ease.toFixed(1)}`);
  const worst = scored
    .filter((r) => r.words >= thresholds.minWordsForTextEase)
    .sort((a, b) => a.ease - b.ease)
    .slice(0, 10);
  return { texts: texts.length, averageSentenceWords, ease, worst, failures };
}

/**
 * The sentences longer than B1 allows, in any language (#25): for the languages without a
 * readability formula here, sentence length is the check that holds everywhere.
 */
export function longSentences(texts: readonly string[], max: number = B1_THRESHOLDS.maxSentenceWords): string[] {
  return texts.flatMap((t) => t.split(/[.!?؟]\s*/).filter((sentence) => sentence.split(/\s+/).length > max));
}

/**
 * Turkish reading ease (Ateşman 1997, Flesch for Turkish):
 *
 *   ease = 198.825 − 40.175 × (syllables / words) − 2.610 × (words / sentences)
 *
 * A Turkish syllable has exactly one vowel, so syllables are vowels. 90-100 very easy, 70-89 easy,
 * 50-69 medium, below 50 hard. Over a corpus (all texts together), like the Dutch corpus score.
 */
export function atesmanEase(texts: readonly string[]): number {
  let sentences = 0;
  let wordCount = 0;
  let syllables = 0;
  for (const text of texts)
    for (const sentence of splitSentences(text)) {
      const ws = words(sentence);
      if (!ws.length) continue;
      sentences++;
      wordCount += ws.length;
      syllables += ws.reduce(
        (n, w) => n + Math.max(1, w.toLocaleLowerCase('tr').match(/[aeıioöuüâîû]/g)?.length ?? 0),
        0,
      );
    }
  return wordCount ? 198.825 - 40.175 * (syllables / wordCount) - 2.61 * (wordCount / sentences) : 0;
}

/** Turkish at B1: at least "easy" (70) over a corpus, as the Dutch corpus score asks. */
export const TR_MIN_CORPUS_EASE = 70;

/**
 * Eenvoudig Nederlands (A2, for MBO 1-2): sentences of at most 10 words (Dutch plain-language
 * guides for low literacy: 8-10), and nearly every running word an everyday one — at least 90 %
 * of the words (leaving out numbers and names) in the list of common Dutch words.
 */
export const A2_THRESHOLDS = {
  maxSentenceWords: 10,
  minCommonShare: 0.9,
} as const;

/** Forms to try when a word is not in the list as it is: plural, diminutive, -e and -s endings. */
const ENDINGS = ['jes', 'tjes', 'je', 'tje', 'en', 'es', 's', 'e', 'n'];

/**
 * The share of running words that are common everyday Dutch (`common`: lower-case word forms).
 * Numbers are left out, and so are names: a capital that does not start a sentence.
 */
export function commonWordShare(texts: readonly string[], common: ReadonlySet<string>): number {
  let counted = 0;
  let known = 0;
  for (const text of texts)
    for (const sentence of splitSentences(text))
      words(sentence).forEach((word, i) => {
        if (/\d/.test(word) || (i > 0 && /^\p{Lu}/u.test(word))) return;
        const w = word.toLowerCase().replace(/['’]s$/, '');
        counted++;
        if (
          w
            .split('-')
            .every(
              (part) =>
                common.has(part) || ENDINGS.some((e) => part.endsWith(e) && common.has(part.slice(0, -e.length))),
            )
        )
          known++;
      });
  return counted ? known / counted : 1;
}
