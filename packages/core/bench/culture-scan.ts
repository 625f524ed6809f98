/**
 * `npm run bench:culture-scan` (#24): how long an employee takes to answer the learning culture
 * scan on a phone. Simulated people read at B1 speed — a word takes 0.35-0.9 s (each person
 * their own pace, log-normal around 0.55 s: slower than the 0.5 s the assessment plans with) —
 * then take 1-4 s to tap one of five answers; the intro screen is read once. Printed: the
 * median and 90th percentile of the whole scan (target: median ≤ 5 minutes).
 *
 *   N=2000 (people)
 */
import { CULTURE_ANSWERS, cultureItems } from '../src/culture/index.js';
import { Random } from '../src/psychometrics/random.js';

const N = Number(process.env.N ?? 2000);
const INTRO_WORDS = 60;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const rng = new Random(24);
const times: number[] = [];
for (let p = 0; p < N; p++) {
  const perWord = Math.min(0.9, Math.max(0.35, 0.55 * Math.exp(0.3 * rng.normal())));
  // The answer labels are read closely the first few times, then known.
  const labelWords = CULTURE_ANSWERS.reduce((n, a) => n + words(a.nl), 0);
  let seconds = INTRO_WORDS * perWord;
  cultureItems.forEach((item, i) => {
    seconds += words(item.employee.nl) * perWord;
    if (i < 3) seconds += labelWords * perWord;
    seconds += 1 + 3 * rng.uniform();
  });
  times.push(seconds);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.floor(q * (times.length - 1))]! / 60;
console.log(`\nLearning culture scan: ${cultureItems.length} statements, ${N} simulated employees at B1 reading speed`);
console.log(
  `median ${at(0.5).toFixed(1)} min, p90 ${at(0.9).toFixed(1)} min, longest ${at(1).toFixed(1)} min (target: median ≤ 5 min)`,
);
