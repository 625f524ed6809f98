/** English texts: the employer's side of the learning culture scan. */
import { dayIn } from '../../base/dates.js';
import type { DeskMessages } from './desk-nl.js';

const day = (d: Date) => dayIn('en-GB', d);
const colleagues = (n: number) => (n === 1 ? '1 colleague' : `${n} colleagues`);

const en: DeskMessages = {
  day,
  loading: 'One moment. We are getting your scans.',
  failed: 'It does not work right now. Please try again later.',
  signIn: 'Sign in as an employer to start a scan.',
  deskIntro:
    'Ask your employees how learning goes in your company. They answer 28 short sentences anonymously (5 minutes). From 5 answers you see the result, with tips you can act on yourself.',
  start: 'Start a new scan',
  scansTitle: 'Your scans',
  noScans: 'No scan yet. Start one and share the link with your employees.',
  started: (d) => `Started on ${day(d)}`,
  closedOn: (d) => `Closed on ${day(d)}`,
  scanNumber: (title, n) => `${title} (scan ${n})`,
  scanName: (title, n, started) => `${title} (scan ${n}, started on ${day(started)})`,
  responses: (n) =>
    n >= 5 ? `${colleagues(n)} took part.` : `${colleagues(n)} took part. You see the result from 5 on.`,
  management: (done) =>
    done ? 'The management version is filled in.' : 'The management version is not filled in yet.',
  buttons: {
    openReport: 'See the result',
    share: 'Share the link',
    answerAsManagement: 'Answer as management',
    close: 'Close the scan',
    repeat: 'Repeat the scan',
  },
  openReport: (title) => `See the result of ${title}`,
  share: (title) => `Share the link of ${title}`,
  answerAsManagement: (title) => `Answer as management: ${title}`,
  close: (title) => `Close the scan ${title}`,
  closeAsk: (title) => `Close the scan ${title}? After that nobody can take part. The results stay.`,
  closeYes: 'Yes, close the scan',
  closeNo: 'No, keep it open',
  repeat: (title) => `Repeat the scan ${title}`,
  back: 'Back to your scans',
  startTitle: 'New scan',
  nameLabel: 'Name of your company or team',
  nameHint: 'Your employees see this name above the questions.',
  nameError: 'Fill in a name of at least 2 characters.',
  sectorLabel: 'Which sector do you work in?',
  sectorHint: 'Then the tips fit your work better.',
  noSector: 'Choose a sector',
  repeatLabel: 'Is this a repeat of an earlier scan?',
  repeatHint: 'Then you see what changed.',
  notRepeat: 'No, a new scan',
  startSubmit: 'Start the scan',
  startedSaid: 'The scan has started. Now share the link with your employees.',
  closedSaid: 'The scan is closed.',
  shareTitle: (title) => `Share the scan: ${title}`,
  shareText:
    'Send this link to your employees. Or let them scan the QR code with their phone. Everyone takes part once, without a name.',
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
  managementAgain:
    'You filled in this version before. If you fill it in again, your new answers count instead of the earlier ones.',
  managementSend: 'Save my answers',
  managementSaid: 'Your answers as management are saved.',
  reportTitle: (title) => `Result: ${title}`,
  notYet: (n, needed) =>
    `${colleagues(n)} took part. ${needed === 1 ? '1 more answer is' : `${needed} more answers are`} needed. You see the result only from 5 answers, so nobody can tell who answered what.`,
  respondents: (n) => `${colleagues(n)} took part.`,
  waiting: (n) =>
    `${n === 1 ? '1 new answer is' : `${n} new answers are`} not counted yet. The result changes with every 5 new answers, so nobody can tell who answered what.`,
  indexTitle: 'Learning culture',
  index: (mean, low, high) => `${mean} out of 100 (probably between ${low} and ${high})`,
  indexHelp:
    'How well learning goes in your company according to your employees. The numbers in brackets say how sure that is. With more answers the range gets narrower.',
  previousScan: (d, mean) => `Previous scan (${day(d)}): ${mean} out of 100.`,
  change: {
    up: 'Better than last time.',
    down: 'Lower than last time.',
    unclear: 'No clear difference with last time yet.',
  },
  ranked: 'From strong to less strong',
  rankedHelp:
    'The parts are related. Look mostly at what is at the top and at the bottom. In each bar, the line is what the employees say on average. The light band is where it probably lies. The diamond is what management says.',
  orderUnsure: 'The bands still overlap. So this order may still change when more colleagues take part.',
  score: (mean, low, high) => `${mean} out of 100 (${low}–${high})`,
  managementScore: (mean) => `Management: ${mean}`,
  gap: (gap) =>
    gap >= 10
      ? `Management rates this part ${gap} points higher than the employees.`
      : gap <= -10
        ? `The employees are ${-gap} points more positive than management.`
        : 'Management and employees see it about the same.',
  noManagement: 'Fill in the management version to see the difference.',
  reliable: (yes, withManagement, because) =>
    yes
      ? "The employees' score is reliable enough."
      : (because === 'answers-differ'
          ? "Colleagues' answers differ a lot here, so the score is not certain yet."
          : "Too few answers yet: the employees' score is not certain yet.") +
        (withManagement ? ' So neither is the difference with management.' : ''),
  before: (n) => `Last time: ${n} out of 100.`,
  actionsTitle: 'What can you do?',
  effort: { small: 'Little effort', medium: 'Some effort', large: 'A lot of effort' },
  cost: (n) => (n === 0 ? 'free' : `about €\u00a0${n.toLocaleString('en-GB')}`),
  offers: 'Course or training:',
  onboarding: 'Make an onboarding plan for:',
  sharedPaths: (paths) => `Onboarding path companies share: ${paths.join(', ')}`,
  print: 'Print the result (A4)',
  community: {
    sharedBy: (title, n) => (n === 1 ? `${title} (1 company)` : `${title} (${n} companies)`),
    open: 'Onboarding together with other companies',
    title: 'Onboarding together',
    intro:
      'Make one onboarding path for an occupation with other companies. Say which skills, to which level and with which course. Say what you do at work. New colleagues follow the path in their learning path.',
    none: 'There is no onboarding path yet. Make the first one.',
    occupation: (title) => `Occupation: ${title}`,
    members: (names) => `Shared by ${names.join(', ')}`,
    steps: (n) => (n === 1 ? '1 step' : `${n} steps`),
    followers: (n) => (n === 1 ? '1 person follows this path' : `${n} people follow this path`),
    join: (title) => `Join ${title}`,
    joined: 'Your company now shares this onboarding path.',
    edit: (title) => `Change: ${title}`,
    leave: (title) => `Stop sharing: ${title}`,
    left: 'Your company no longer shares this onboarding path.',
    create: 'Make a new onboarding path',
    editTitle: 'Onboarding path',
    occupationLabel: 'For which occupation?',
    chooseOccupation: 'Choose an occupation',
    nameLabel: 'Name of the path',
    nameError: 'Fill in a name of at least 2 characters.',
    stepsTitle: 'Steps',
    stepsHint: 'In the order a new colleague takes them. We filled them in with what the occupation asks.',
    level: 'Level a new colleague reaches',
    offersLabel: 'Courses you recommend (at most 3)',
    moreOffers: (n) => (n === 1 ? 'Choose a course (1)' : `Choose from ${n} courses`),
    noOffers: 'There is no course for this skill yet.',
    noteLabel: 'What do you do at work? (may stay empty)',
    notePlaceholder: 'Week 1: work alongside a fixed buddy',
    remove: (skill) => `Remove ${skill}`,
    addLabel: 'Add a skill',
    add: 'Add',
    noSteps: 'Put at least one step in it.',
    save: 'Save and share',
    saved: 'The onboarding path is saved. New colleagues can now choose it in their learning path.',
    back: 'Back to the onboarding paths',
  },
  printedOn: (d) => `Printed on ${day(d)}`,
};

export default en;
