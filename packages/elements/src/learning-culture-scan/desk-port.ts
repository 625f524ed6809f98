/** What the employer's desk (desk.ts) and its lazy parts get from the widget. */
import type { Client, Lang } from '@pfw/contract';
import type { Messages } from './i18n/nl.js';

export interface DeskPort {
  /** The widget: the theme of what is printed. */
  readonly host: HTMLElement;
  client(): Client;
  signedIn(): boolean;
  t(): Messages;
  lang(): Lang;
  /** The page where employees answer; the share link is this with `#scan=<token>`. */
  answerUrl(): string;
  /** Draw again, then focus the element with this id. */
  changed(focus?: string): void;
  /** Say it in the widget's status line. */
  say(message: string): void;
  failed(error: unknown): void;
}
