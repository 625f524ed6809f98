/** English texts: a job seeker's learning path. */
import { MONTHS_EN } from '../../base/months.js';
import type { Messages } from './nl.js';

const day = (d: Date) => `${d.getDate()} ${MONTHS_EN[d.getMonth()]}`;
const jobs = (n: number) => (n === 1 ? '1 occupation or vacancy' : `${n} occupations and vacancies`);

const en: Messages = {
  title: 'Your learning plan',
  loading: 'One moment. We are getting your learning plan.',
  signIn: 'Sign in to see your learning plan.',
  noSkillprint: 'Take the test first. With your skillprint we make a plan for you.',
  failed: 'Loading does not work right now. Please try again later.',
  retry: 'Try again',
  chooseTitle: 'Choose your goal',
  chooseIntro: 'What do you want to work towards? Choose an occupation or a vacancy. We list the steps.',
  careers: 'Occupations that fit you',
  vacancies: 'Vacancies',
  fits: (score: number) => `fits ${score} out of 100`,
  at: (employer: string) => `at ${employer}`,
  toLearn: (n: number) => (n === 0 ? 'you have it all' : n === 1 ? '1 skill to learn' : `${n} skills to learn`),
  makePlan: 'Make my plan',
  cancel: 'Back to my plan',
  pickFirst: 'Choose a goal first.',
  planFor: (goal: string) => `Your goal: ${goal}`,
  remaining: (n: number, goal: string) =>
    n === 1 ? `1 more step to ${goal.toLowerCase()}.` : `${n} more steps to ${goal.toLowerCase()}.`,
  allDone: (goal: string) => `You did every step for ${goal.toLowerCase()}. Well done!`,
  noSteps: (goal: string) => `You already have everything ${goal.toLowerCase()} asks for. Nothing to learn.`,
  progress: (done: number, all: number) => `${done} of ${all} steps done`,
  fitNow: (score: number) => `You now fit ${score} out of 100.`,
  measureAgain: (n: number) =>
    `${n === 1 ? '1 step is' : `${n} steps are`} done but not measured yet. Take the test again to see if your level grew.`,
  provisional: 'Provisional estimate: we are still learning. The levels are not yet tuned on real answers.',
  step: (n: number, skill: string) => `Step ${n}: ${skill}`,
  levels: (need: number, now: number) => `Needed: level ${need}. You now: level ${now}.`,
  mustHave: 'This is a must for this goal.',
  opens: (n: number) => `If you learn this, you can also work in ${jobs(n)}.`,
  blocks: (n: number) => `You also need this for ${jobs(n)}.`,
  status: {
    todo: 'To do',
    started: (d: Date) => `Started on ${day(d)}`,
    done: (d: Date) => `Done on ${day(d)}`,
    reached: (level: number) => `Reached: the test now says level ${level}`,
  },
  proofSaid: {
    none: 'No proof yet.',
    certificate: (note: string) => `Proof: ${note}.`,
    'open-badge': 'Proof: an Open Badge.',
  },
  offersTitle: 'How you can learn it',
  noOffers: 'There is no course for this yet. Ask your coach or employer if you can learn it at work.',
  format: { online: 'online', classroom: 'in class', 'on-the-job': 'at work', blended: 'online and in class' },
  hours: (h: number) => (h === 1 ? '1 hour' : `${h} hours`),
  cost: (eur: number) => (eur === 0 ? 'free' : `€ ${eur}`),
  example: 'example',
  chosen: 'Your choice',
  openOffer: (title: string) => `${title} (opens in a new window)`,
  startWith: (title: string) => `I start with ${title}`,
  startWithout: 'I have started',
  markDone: 'I am done',
  notDone: 'Not done after all',
  proofTitle: 'How do you show you are done?',
  proofCertificate: 'I have a certificate or diploma',
  proofCertificateNote: 'What certificate? (a few words)',
  proofBadge: 'I have an Open Badge',
  proofBadgeWhich: 'Which Open Badge?',
  proofNone: 'I have no proof (yet)',
  noteNeeded: 'Write in a few words what certificate it is.',
  save: 'Save',
  cancelDone: 'Cancel',
  saved: (skill: string, what: string) => `Saved: ${skill}. ${what}`,
  saveFailed: 'Saving does not work right now. Please try again.',
  otherGoal: 'Choose another goal',
  newPlanWarning: 'Choose another goal? Then we make a new plan. We keep your old plan.',
};

export default en;
