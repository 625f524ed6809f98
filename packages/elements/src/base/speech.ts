/**
 * Read aloud with the browser's speech synthesis, in a voice of the device when it has one for
 * the language. Without one, Chrome on a computer reads with Google's online voice, which sends
 * the text (the question on screen, never an answer) to Google: better read than not at all.
 */
import { html } from 'lit';
import type { ReadingLang, TextLang } from '@pfw/contract';
import { tagOf } from './locale.js';

export const canSpeak = (): boolean =>
  typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';

/** The language tag a voice is asked for. */
const TAGS: Record<ReadingLang, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar', tr: 'tr-TR', pl: 'pl-PL', uk: 'uk-UA' };

/** How long reading may take to begin: a browser without any voice takes the text and stays silent. */
const START_WITHIN_MS = 2500;

/**
 * Read `text` aloud. `silent` runs when it cannot: no speech at all, or (beyond Dutch and English,
 * which every browser reads somehow) no voice for the language, or a reading that fails or has not
 * begun within 2.5 s (a device without voices takes the text and stays silent). The widget then
 * says so.
 */
export function speak(text: string, read: TextLang, silent: () => void): void {
  if (!canSpeak()) return silent();
  const lang = tagOf(read); // A2 is Dutch
  const voices = speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith(lang));
  const voice = voices.find((v) => v.localService) ?? voices[0];
  if (!voice && lang !== 'nl' && lang !== 'en') return silent();
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = TAGS[lang];
  if (voice) utterance.voice = voice;
  // Stopped or replaced before it began, a reading ends in an error too: that is no failure.
  const waiting = setTimeout(silent, START_WITHIN_MS);
  utterance.onstart = () => clearTimeout(waiting);
  utterance.onerror = (e) => {
    clearTimeout(waiting);
    if (e.error !== 'interrupted' && e.error !== 'canceled') silent();
  };
  speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (canSpeak()) speechSynthesis.cancel();
}

/** The speaker of a "Lees voor" button (its words say what it does). */
export const speakerIcon = html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3 9v6h4l5 4V5L7 9H3z"/><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12"/></svg>`;
