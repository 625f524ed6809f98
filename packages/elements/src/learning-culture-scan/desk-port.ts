/** What the employer's desk (desk.ts) and its lazy parts get from the widget. */
import type { Client, Lang, ReadingLang } from '@pfw/contract';
import type { DeskMessages } from './i18n/desk-nl.js';
import type { Messages } from './i18n/nl.js';

export interface DeskPort {
  /** The widget: the theme of what is printed. */
  readonly host: HTMLElement;
  client(): Client;
  signedIn(): boolean;
  /** The widget's language, and its texts in it (the statements' paging and buttons). */
  readingLang(): ReadingLang;
  words(): Messages;
  /** The page where employees answer; the share link is this with `#scan=<token>`. */
  answerUrl(): string;
  /** Draw again, then focus the element with this id. */
  changed(focus?: string): void;
  /** Say it in the widget's status line. */
  say(message: string): void;
  failed(error: unknown): void;
}

/** The desk's own language and texts: Dutch, or English for every other language (employer texts are in these two). */
export interface DeskContext extends DeskPort {
  t(): DeskMessages;
  lang(): Lang;
}
