import preferenceWords from '../../base/preference-words/en.js';
import type { Messages } from './nl.js';
import { dayIn, monthIn } from '../../base/dates.js';

const en: Messages = {
  title: 'My skillprint',
  titleOf: (name: string) => `Skillprint of ${name}`,
  made: (date: Date) => `Made on ${dayIn('en-GB', date)}`,
  measured: (month: Date) => `Measured with the test of ${monthIn('en-GB', month)}`,
  testLanguage: (names: string[]) => `Test taken in ${names.join(' and ')}.`,
  loading: 'One moment. We are loading the skillprint.',
  checking: 'We are checking that this skillprint is real.',
  verified: 'Real: checked with the signature of Passport for Work.',
  notVerified: 'Not checked: this skillprint was changed or its signature does not hold.',
  notFound: 'We cannot find this skillprint. Check the link, or ask for a new one.',
  linkExpired: 'This link no longer works. It has expired or was stopped. Ask for a new link.',
  loadError: 'Loading does not work right now. Please try again later.',
  retry: 'Try again',
  strengths: 'You are good at this',
  skills: 'Your skills',
  level: (n: number) => `Level ${n} of 5`,
  sure: 'The test is fairly sure of this.',
  poorFit:
    'We could not measure this well. Your answers do not fit together well. That can happen, for example when a question was unclear. So these levels say little about you. You can take the test again.',
  provisional:
    'Provisional estimate: we are still learning. The test is new, so the levels have not yet been checked against real answers.',
  range: (others: number[]) =>
    `It may also be level ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} or ${others.at(-1)}`}.`,
  showTable: 'Show as a table',
  showBars: 'Show as bars',
  tableCaption: 'Skills: level and how sure the test is',
  other: {
    title: 'Skillprint',
    strengths: 'Good at',
    skills: 'Skills',
    poorFit: 'The test could not measure this well: the answers do not fit together well. So these levels say little.',
    interests: 'Likes',
    environment: 'Likes to work',
  },
  colSkill: 'Skill',
  colLevel: 'Level (1 to 5)',
  colRange: 'May also be',
  colPercentile: 'Better than (in 100)',
  interests: 'What you like',
  environment: 'How you like to work',
  ...preferenceWords,
  notMeasured: (skills) => `Not measured well enough yet: ${skills}.`,
  print: 'Print or save as PDF',
};
export default en;
