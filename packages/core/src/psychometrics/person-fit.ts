/**
 * Person fit: do a person's answers hang together the way the model expects? The standardised
 * log-likelihood lz (Drasgow, Levine & Williams 1985, polytomous form): the log-likelihood of
 * the answers given at θ̂, minus its expectation, over its standard deviation. Far below zero
 * (random tapping, answering against oneself) means the scores say little about the person;
 * we then tell them "we konden dit niet goed meten" — never a verdict about them (#20 part 3).
 *
 * θ̂ is plugged in, which makes lz a little too mild (Snijders 2001): the flag errs on the side
 * of not flagging. Few answers say too little: below MIN_FIT_ANSWERS no flag either way.
 */

/** One answer: the model's probability of each category at θ̂, and the category given. */
export interface FitAnswer {
  probabilities: readonly number[];
  observed: number;
}

export const MIN_FIT_ANSWERS = 10;

/** lz below this (the 5 % one-sided normal quantile) flags the answers as not measurable. */
export const LZ_FLAG = -1.6448536;

export function personFit(answers: readonly FitAnswer[]): { lz: number | null; flagged: boolean } {
  if (answers.length < MIN_FIT_ANSWERS) return { lz: null, flagged: false };
  let observed = 0;
  let expected = 0;
  let variance = 0;
  for (const { probabilities, observed: k } of answers) {
    const logs = probabilities.map((p) => Math.log(Math.max(p, 1e-12)));
    observed += logs[k]!;
    let mean = 0;
    let square = 0;
    probabilities.forEach((p, c) => {
      mean += p * logs[c]!;
      square += p * logs[c]! ** 2;
    });
    expected += mean;
    variance += square - mean * mean;
  }
  if (variance <= 0) return { lz: null, flagged: false };
  const lz = (observed - expected) / Math.sqrt(variance);
  return { lz, flagged: lz < LZ_FLAG };
}
