/** English texts: a job coach's desk. */
import { dayIn } from '../../base/dates.js';
import type { Messages } from './nl.js';

const day = (d: Date) => dayIn('en-GB', d);
const and = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

const en: Messages = {
  title: 'My participants',
  loading: 'One moment. We are getting your participants.',
  signIn: 'Sign in as a coach to see your participants.',
  failed: 'Loading does not work right now. Please try again later.',
  retry: 'Try again',
  invite: 'Make a link code',
  inviteSaid: (code: string, until: Date) =>
    `Link code: ${code}. Give this code to your participant. They enter it under "Your coach". The code works once, until ${day(until)}. Ask your participant to fill in a name there too. Otherwise you only see a made-up name.`,
  copyCode: 'Copy the code',
  copied: 'The code is copied.',
  filterLegend: 'Who do you want to see?',
  filters: {
    all: 'Everyone',
    inactive: 'Not active for more than 4 weeks',
    'request-waiting': 'Request waiting for an answer',
  },
  empty: 'Nobody yet. Give a participant a link code: you see something only once they enter it.',
  emptyFiltered: 'Nobody in this group.',
  count: (n: number) => (n === 1 ? '1 participant' : `${n} participants`),
  lastActive: (d: Date) => `Last active: ${day(d)}`,
  inactive: 'Not active for more than 4 weeks',
  requests: (n: number) => (n === 1 ? '1 request waiting for an answer' : `${n} requests waiting for an answer`),
  learning: (goal: string, remaining: number, notReached: string[]) => {
    const below = notReached.length ? `the level is not reached yet for: ${and(notReached)}.` : '';
    return remaining > 0
      ? `Goal: ${goal}. ${remaining} ${remaining === 1 ? 'step' : 'steps'} to go.${below && ` Done, but ${below}`}`
      : below
        ? `Goal: ${goal}. Every step is done. But ${below}`
        : `Goal: ${goal}. Every step is done and the level is reached.`;
  },
  noGoal: 'No goal chosen yet.',
  nothingToLearn: (goal: string) => `Goal: ${goal}. Nothing to learn: it is all there.`,
  completeness: (n: number) => `Data ${n} % complete`,
  next: (text: string, due: Date) => `Next action: ${text} (${day(due)})`,
  late: 'overdue',
  open: (name: string) => `Open ${name}`,
  back: 'Back to my participants',
  strengths: 'Strengths',
  strength: (skill: string, level: number) => `${skill} (level ${level})`,
  noSkillprint: 'No skillprint yet.',
  goalTitle: 'Goal and learning plan',
  step: (skill: string, need: number, now: number) => `${skill}: needs level ${need}, now level ${now}`,
  measured: (levels: number[]) => `Measured: level ${levels.join(' → ')}`,
  growth: { grew: 'grew', unclear: 'no sure difference yet', fell: 'lower' },
  stepStatus: {
    todo: 'to do',
    started: 'started',
    done: 'done',
    reached: 'reached (measured)',
    doneNotReached: 'done, but the level is not reached yet',
  },
  proofBy: (who: string) => `confirmed by ${who}`,
  confirm: (skill: string) => `Confirm: ${skill} is done`,
  confirmed: (skill: string) => `Confirmed: ${skill} is done.`,
  work: 'Requests and applications',
  noWork: 'No requests or applications yet.',
  request: (job: string, employer: string) => `Request: ${job} at ${employer}`,
  application: (job: string, employer: string) => `Application: ${job} at ${employer}`,
  connectionStatus: {
    requested: 'waiting for an answer',
    accepted: 'said yes',
    declined: 'said no',
    withdrawn: 'withdrawn',
    expired: 'expired',
  },
  applicationStatus: { open: 'sent', invited: 'invited', declined: 'declined', withdrawn: 'withdrawn' },
  missingTitle: 'What is still missing',
  nothingMissing: 'Everything is there.',
  missing: {
    skillprint: 'The test is not done yet.',
    'talent-pool': 'Employers cannot find this participant yet.',
    'learning-goal': 'No goal has been chosen yet.',
    'learning-progress': 'No learning step is done yet.',
    'hard-requirements': 'The participant has not said which certificates or licences they have.',
  },
  nextTitle: 'Next action',
  nextText: 'What is the next action?',
  nextDue: 'When?',
  saveNext: 'Save action',
  savedNext: 'The next action is saved.',
  notesTitle: 'Notes',
  noteLabel: 'New note',
  noteHint:
    'Write only agreements and what you did together. Never anything about health, an illness or a diagnosis. The participant can read everything.',
  addNote: 'Save note',
  savedNote: 'The note is saved.',
  noNotes: 'No notes yet.',
  needText: 'Write something first.',
  pastDue: (was: Date) => `The date ${day(was)} has passed. Choose a new date.`,
  needDue: (last: Date) => `Choose a date from today up to ${day(last)}.`,
  charsLeft: (n: number) => (n === 1 ? '1 character left.' : `${n} characters left.`),
  charsOver: (n: number) => `${n === 1 ? '1 character' : `${n} characters`} too many. Make the text shorter.`,
  noHealth: (words: string[]) =>
    `Do not write about health. Remove these words: ${words.join(', ')}. Is it about work, like a job in care? Then press save once more.`,
  saveFailed: 'Saving does not work right now. Please try again.',
  gone: 'This participant stopped your access. You see nothing any more.',
  noteLost: 'Your note was not saved.',
  print: 'Print conversation card',
  printBlocked: 'Your browser blocked the print window. Allow pop-ups for this page.',
  card: {
    title: (name: string) => `Conversation card of ${name}`,
    strengths: 'What you are good at',
    goal: 'Your goal',
    noGoal: 'We choose a goal together.',
    steps: 'Your next steps',
    noSteps: 'You did every step. And you reached the level.',
    notReached: 'You did every step. But your level is not high enough yet for:',
    together: 'We look together at what helps now. For example a new measurement.',
    nothingToLearn: 'You already have all this goal asks for.',
    step: (skill: string, offer?: string) => (offer ? `${skill}: ${offer}` : skill),
    next: 'What we agree',
    date: (d: Date) => `Made on ${day(d)}`,
  },
  day,
};

export default en;
