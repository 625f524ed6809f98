/** English texts: the learning culture scan. */
import { MONTHS_EN } from '../../base/months.js';
import type { Messages } from './nl.js';

const day = (d: Date) => `${d.getDate()} ${MONTHS_EN[d.getMonth()]} ${d.getFullYear()}`;
const colleagues = (n: number) => (n === 1 ? '1 colleague' : `${n} colleagues`);

const en: Messages = {
  day,
  answerTitle: 'Learning in your work',
  loading: 'One moment. We are getting the questions.',
  title: (company: string) => `Learning at ${company}`,
  intro: 'What is it like to learn in your work? For each sentence, say how much you agree. It takes about 5 minutes.',
  anonymous:
    'You take part anonymously. We do not ask your name or e-mail. Your employer only sees what all colleagues answer together, and only once at least 5 colleagues took part.',
  skip: 'Not sure? Then skip the sentence.',
  begin: 'Start',
  part: (n, of) => `Part ${n} of ${of}`,
  answered: (n, of) => `${n} of ${of} sentences answered`,
  previous: 'Back',
  next: 'Next',
  send: 'Send my answers',
  tooFew: (min, n) =>
    `Answer at least ${min} sentences. You have answered ${n}. The first sentence without an answer is selected.`,
  thanks: 'Thank you!',
  thanksText: 'Your answers are saved. Your name is not with them anywhere. You can close this page now.',
  already: 'You already took part on this device. Thank you!',
  someoneElse: 'I am someone else and want to take part too',
  closed: 'This scan is closed. You can no longer take part.',
  noScan: 'This link does not work. Ask your employer for a new link.',
  failed: 'It does not work right now. Please try again later.',
  sendFailed: 'Sending did not work. Your answers are still here. Please try again.',
  retry: 'Try again',
  readAloud: 'Read aloud',

  deskTitle: 'Learning culture in your company',
  signIn: 'Sign in as an employer to start a scan.',
  deskIntro:
    'Ask your employees how learning goes in your company. They answer 28 short sentences anonymously (5 minutes). From 5 answers you see the result, with tips you can act on yourself.',
  start: 'Start a new scan',
  scansTitle: 'Your scans',
  noScans: 'No scan yet. Start one and share the link with your employees.',
  started: (d) => `Started on ${day(d)}`,
  closedOn: (d) => `Closed on ${day(d)}`,
  responses: (n) =>
    n >= 5 ? `${colleagues(n)} took part.` : `${colleagues(n)} took part. You see the result from 5 on.`,
  management: (done) =>
    done ? 'The management version is filled in.' : 'The management version is not filled in yet.',
  openReport: (title) => `See the result of ${title}`,
  share: (title) => `Share the link of ${title}`,
  answerAsManagement: (title) => `Answer as management: ${title}`,
  close: (title) => `Close ${title}`,
  repeat: (title) => `Repeat ${title}`,
  back: 'Back to your scans',
  startTitle: 'New scan',
  nameLabel: 'Name of your company or team',
  nameHint: 'Your employees see this name above the questions.',
  nameError: 'Fill in a name of at least 2 characters.',
  sectorLabel: 'Which sector do you work in?',
  sectorHint: 'Then the tips fit your work better.',
  noSector: 'I would rather not say',
  repeatLabel: 'Is this a repeat of an earlier scan?',
  repeatHint: 'Then you see what changed.',
  notRepeat: 'No, a new scan',
  startSubmit: 'Start the scan',
  startedSaid: 'The scan has started. Now share the link with your employees.',
  closedSaid: 'The scan is closed.',
  shareTitle: (title) => `Share the scan: ${title}`,
  shareText:
    'Send this link to your employees, or let them scan the QR code with their phone. Everyone takes part once, without a name.',
  linkLabel: 'Link for your employees',
  copy: 'Copy the link',
  copied: 'The link is copied.',
  copyFailed: 'Copying did not work. Select the link and copy it yourself.',
  qrLabel: 'QR code with the link',
  printPoster: 'Print a poster with the QR code',
  posterTitle: (title) => `How do you learn at ${title}?`,
  posterText: 'Scan the code with your phone. You take part anonymously: 28 short sentences, about 5 minutes.',
  printBlocked: 'The print window was blocked. Allow pop-ups for this page and try again.',
  managementTitle: (title) => `Management version: ${title}`,
  managementIntro:
    'Say what you, as owner or management, want to offer. Later you see where that differs from what your employees notice.',
  managementSend: 'Save my answers',
  managementSaid: 'Your answers as management are saved.',
  reportTitle: (title) => `Result: ${title}`,
  notYet: (n, needed) =>
    `${colleagues(n)} took part. ${needed === 1 ? '1 more answer is' : `${needed} more answers are`} needed. You see the result only from 5 answers, so nobody can tell who answered what.`,
  respondents: (n) => `${colleagues(n)} took part.`,
  indexTitle: 'Learning culture',
  index: (mean, low, high) => `${mean} out of 100 (probably between ${low} and ${high})`,
  indexHelp:
    'How well learning goes in your company according to your employees. The numbers in brackets say how sure that is: with more answers the range gets narrower.',
  previousScan: (d, mean) => `Previous scan (${day(d)}): ${mean} out of 100.`,
  change: {
    up: 'Better than last time.',
    down: 'Lower than last time.',
    unclear: 'No clear difference with last time yet.',
  },
  ranked: 'From strong to less strong',
  rankedHelp:
    'The parts are related. Look mostly at what is at the top and at the bottom. In each bar: the line is what the employees say on average, the light band is where it probably lies, and the diamond is what management says.',
  score: (mean, low, high) => `${mean} out of 100 (${low}–${high})`,
  managementScore: (mean) => `Management: ${mean}`,
  gap: (gap) =>
    gap >= 10
      ? `Management rates this part ${gap} points higher than the employees.`
      : gap <= -10
        ? `The employees are ${-gap} points more positive than management.`
        : 'Management and employees see it about the same.',
  noManagement: 'Fill in the management version to see the difference.',
  reliable: (yes) => (yes ? 'Reliable enough' : 'Too few answers yet to be sure'),
  before: (n) => `Last time: ${n}`,
  actionsTitle: 'What can you do?',
  effort: { small: 'Little effort', medium: 'Some effort', large: 'A lot of effort' },
  cost: (n) => (n === 0 ? 'free' : `about € ${n.toLocaleString('en-GB')}`),
  offers: 'Course or training:',
  onboarding: 'Make an onboarding plan for:',
  print: 'Print the result (A4)',
  printedOn: (d) => `Printed on ${day(d)}`,
};

export default en;
