/**
 * Rapid guessing (the NT10 rule of Wise & Ma, 2012): an answer to a scene or a forced-choice
 * block given in less than a tenth of the time it is expected to take (and under 10 s) was not
 * read. Effort-moderated scoring (Wise & DeMars, 2006) leaves it out, as if the unit had not been
 * shown: its time counts, its answer is no evidence. Someone who taps through gets skills "not yet
 * measured", not levels drawn from noise. Games are scored by what their trials did, and a quick
 * tap there already scores low: they are never a rapid guess (adaptive.ts, isRapidGuess).
 *
 * Its own small module: the widget uses the same rule to say, while the test runs, that answers
 * come too fast to count.
 */
export const RAPID_GUESS_SHARE = 0.1;
export const RAPID_GUESS_MAX_SECONDS = 10;

/** Whether an answer after `seconds` to what takes `expectedSeconds` to read came too fast to have been read. */
export const tooFastToRead = (seconds: number, expectedSeconds: number): boolean =>
  seconds < Math.min(RAPID_GUESS_MAX_SECONDS, RAPID_GUESS_SHARE * expectedSeconds);
