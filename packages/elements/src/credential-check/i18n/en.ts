import type { Messages } from './nl.js';
import { dayIn, monthIn } from '../../base/dates.js';

const en: Messages = {
  title: 'Is this skillprint real?',
  intro: 'Paste the link or the text of the credential. Or choose the file. We check whether it is real.',
  inputLabel: 'Link or credential',
  fileLabel: 'Or choose the file (.jwt)',
  check: 'Check',
  checking: 'One moment. We are checking it.',
  notUnderstood: 'This is not a link or credential we know. Paste the whole link or the whole text.',
  fileNotUnderstood: 'This file is not a credential we know. Choose the file you were given: its name ends in .jwt.',
  empty: 'First paste a link or credential.',
  failed: 'Checking does not work right now. Try again later.',
  real: 'Real',
  notReal: 'Not valid',
  problems: {
    malformed: 'This is not a skillprint credential we can read.',
    'other-issuer': 'This credential does not come from Passport for Work. We cannot check it here.',
    signature: 'This credential was changed after it was signed. Do not trust it.',
    expired: 'This credential has expired. Ask the owner for a new one.',
    'not-yet-valid': 'This credential is not valid yet.',
    revoked: 'The owner has withdrawn this credential. It is no longer valid.',
    'link-unknown': 'We do not know this link. Check that you have the whole link.',
    'link-expired': 'This link no longer works. It has expired or was stopped. Ask for a new link.',
  },
  issued: (issuer: string, date: Date) => `Made through ${issuer} on ${dayIn('en-GB', date)}.`,
  measured: (month: Date) => `Measured with the test of ${monthIn('en-GB', month)}.`,
  version: (v: string) => `Measured with test version ${v}.`,
  provisional: 'Provisional estimate: we are still learning. The levels are not yet tuned on real answers.',
  skillsHeading: 'What the levels say',
  skill: 'Skill',
  level: 'Level',
  meaning: 'What it means',
  levelNames: ['beginner', 'basic', 'average', 'strong', 'very strong'],
  holder: (name: string) => `This skillprint belongs to ${name}. That is a pseudonym, not the real name.`,
  levelOf: (level: number, low: number, high: number) =>
    low === high
      ? `${level} of 5`
      : `${level} of 5 (could also be ${low === level ? high : low}${low < level && high > level ? ` or ${high}` : ''})`,
  scale: 'Level 1 is beginner, level 5 is very strong. A level says what someone shows, not what someone is worth.',
};

export default en;
