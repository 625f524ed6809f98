import type { Messages } from './nl.js';

const en: Messages = {
  jobsTitle: 'Jobs that fit you',
  candidatesTitle: 'Candidates for this job',
  loading: 'One moment. We are looking for the best matches.',
  loadError: 'Loading does not work right now.',
  retry: 'Try again',
  count: (shown: number, total: number) =>
    shown === total ? (total === 1 ? '1 result' : `${total} results`) : `${shown} of ${total} results`,
  fit: (score: number) => (score >= 70 ? 'Good fit' : score >= 50 ? 'Fair fit' : 'Not a fit yet'),
  score: (score: number) => `${score} of 100`,
  filters: 'Filters',
  region: 'Region',
  anyRegion: 'All regions',
  minHours: 'At least hours a week',
  minScore: 'Lowest score',
  sort: 'Sort by',
  sortScore: 'Best match',
  sortName: 'Name',
  sortHours: 'Hours',
  hours: (min: number, max: number) => (min === max ? `${min} hours a week` : `${min} to ${max} hours a week`),
  perRequirement: 'Per requirement',
  asks: (level: number, must: boolean) => `Asked: level ${level}${must ? ', must-have' : ''}`,
  youHave: (level: number, low: number, high: number) =>
    low === high ? `You: level ${level}` : `You: level ${level} (could be ${low} to ${high})`,
  candidateHas: (level: number, low: number, high: number) =>
    low === high ? `Candidate: level ${level}` : `Candidate: level ${level} (could be ${low} to ${high})`,
  notMeasured: 'Not measured',
  helped: (points: number) => `Fits: +${points} points`,
  hurt: (points: number, lost: number) => `Does not fit yet: +${points} points, costs ${lost}`,
  essentialPenalty: 'A must-have does not fit yet. That costs points (✗ above).',
  secondaryPoints: (points: number) => `Interests and work environment: +${points} points`,
  gaps: 'What you can still learn',
  candidateGaps: 'Still to learn',
  essentialMissing: 'An important skill does not fit yet.',
  allEssentials: 'All important skills fit.',
  level: (have: number, need: number) => `Now level ${have}, needed level ${need}`,
  chance: (p: number) => `Chance this level is already there: ${Math.round(p * 100)} in 100`,
  offer: (title: string, provider: string, hours: number) => `${title} (${provider}, ${hours} hours)`,
  keys: 'Use the up and down arrows to go to another row.',
  details: 'Explain',
  close: 'Close explanation',
  why: 'Why this score?',
  emptyJobs:
    'There are no jobs that fit yet. See what you can learn, or come back later. New jobs are added all the time.',
  emptyFiltered: 'No results with these filters. Make the filters wider.',
  emptyCandidates: 'No candidates in the talent pool for this job yet. Check that the requirements are not too high.',
  availability: {
    now: 'Can start now',
    'within-month': 'Within a month',
    'within-three-months': 'Within three months',
    'not-now': 'Not now',
  },
  provisionalEstimate:
    'Provisional estimate: we are still learning. The test is new, so the levels have not yet been checked against real answers.',
};
export default en;
