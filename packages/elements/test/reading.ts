/**
 * A person reads before they answer. The widget times an answer from when its question was shown
 * (performance.now()), and the server leaves out answers too fast to have been read (isRapidGuess
 * in @pfw/core). Tests click at once: `read()` moves this page's clock on first, as if the
 * question had been read for a few seconds.
 */
const realNow = performance.now.bind(performance);
let readingMs = 0;

export function read(seconds = 5): void {
  if (!readingMs) performance.now = () => realNow() + readingMs;
  readingMs += seconds * 1000;
}
