/** English texts of the skillprint's share panel (loaded on use, like en.ts). */
import type { SharingMessages } from './sharing.nl.js';
import { months } from './en.js';

const en: SharingMessages = {
  shareTitle: 'Share your skillprint',
  shareHelp: 'With a link, someone can see your skillprint. You choose for how long. You can stop a link at any time.',
  expiry: 'How long does the link work?',
  days: (n: number) => (n === 1 ? '1 day' : `${n} days`),
  makeLink: 'Make a link',
  links: 'Your links',
  noLinks: 'You have no links yet.',
  until: (date: Date) => `Works until ${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`,
  stopped: 'Stopped',
  copy: 'Copy link',
  copied: 'Link copied.',
  revoke: 'Stop this link',
  revoked: 'The link has been stopped.',
  newLink: 'New link. Copy it now: later you only see its start.',
};
export default en;
