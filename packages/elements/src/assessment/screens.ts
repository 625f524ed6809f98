/**
 * The screens of the assessment, one render function per kind of phase. They only draw: every
 * action goes back to the element through the small port it passes in. Each screen starts with
 * an h2; the focus goes to what the screen asks when it appears (focusTarget, phase.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ranksThree, type TextLang } from '@pfw/contract';
import { inLang, tagOf } from '../base/locale.js';
import { canSpeak, speakerIcon } from '../base/speech.js';
import type { GameIntro, Phase, Question } from './phase.js';
import { playedBefore } from './games/play.js';
import type { Run } from './run.js';
import type { SavedTest } from './saved-test.js';
import type { ScenePictures } from './scenes/pictures.js';
import type { Messages } from './i18n/nl.js';
import type { Display } from './session.js';

/** What the screens need of the element. */
export interface ScreenPort {
  t: Messages;
  lang: TextLang;
  /** A short re-measurement, not the whole test: its own welcome and end. */
  remeasuring: boolean;
  /** The research round: its own welcome and end, and a way to stop at any question. */
  researching: boolean;
  stop(): void;
  start(): void;
  /** Try again after an error: resume the test on the device, or start one. */
  retry(): void;
  renew(saved: SavedTest): void;
  answer(phase: Question, choice: number): void;
  pickAgain(phase: Question): void;
  goOn(): void;
  pause(): void;
  unpause(): void;
  toggleDisplay(name: keyof Display): void;
  display: Display;
  /** The display toggles are in view ("Aanpassen" pressed, or one of them is on). */
  toolsOpen: boolean;
  toggleTools(): void;
  /** The drawings of the work scenes (a lazy chunk). */
  pictures: ScenePictures;
  play(phase: GameIntro): void;
  showSkillprint(skillprintId: string): void;
  startOver(): void;
  /** Read aloud (or say that the browser has no voice for the language). */
  readOut(text: string): void;
}

export function renderScreen(phase: Phase, p: ScreenPort): TemplateResult {
  const { t } = p;
  switch (phase.kind) {
    case 'welcome': {
      const [title, intro, time] = p.researching
        ? [t.researchTitle, t.researchIntro, t.researchTime]
        : p.remeasuring
          ? [t.remeasureTitle, t.remeasureIntro, t.remeasureTime]
          : [t.welcomeTitle, t.welcomeIntro, t.welcomeTime];
      // "Begin" and "Lees voor" in one row: on a phone "Begin" is then in view without scrolling.
      return html`
        <h2 tabindex="-1">${title}</h2>
        <p part="prompt">${intro}</p>
        <p>${time}</p>
        <p class="privacy">${t.welcomePrivacy}</p>
        <div class="actions">
          <button type="button" class="primary" part="primary-button" @click=${p.start}>${t.start}</button>
          ${readAloud(p, `${title}. ${intro} ${time} ${t.welcomePrivacy}`)}
        </div>
      `;
    }
    case 'loading':
      return html`<h2 tabindex="-1" class="visually-hidden">${t.welcomeTitle}</h2>
        <p role="status">${t.loading}</p>`;
    case 'item':
      return renderStep(p, phase, (c) => p.answer(phase, c));
    case 'game-intro':
      return renderGameIntro(p, phase);
    case 'game':
      return html`
        <h2 tabindex="-1">${t.gameTitles[phase.mechanic]}</h2>
        <div part="game">${phase.game.render()}</div>
        ${
          canSpeak()
            ? html`<button type="button" class="read-aloud" @click=${(e: Event) => readGame(e, p)}>
              ${speakerIcon} ${t.readAloud}
            </button>`
            : nothing
        }
      `;
    case 'game-result': {
      const praise = phase.good >= 0.75 * phase.total ? t.gamePraise[phase.mechanic] : t.gameEffort;
      return html`
        <h2 tabindex="-1">${t.gameDone}</h2>
        <p>${t.gameResult(phase.good, phase.total)}</p>
        <p part="prompt">${praise}</p>
        <button type="button" class="primary" part="primary-button" @click=${p.goOn}>${t.goOn}</button>
      `;
    }
    case 'paused':
      return html`
        <h2 tabindex="-1">${t.pausedTitle}</h2>
        <p part="prompt">${t.pausedText}</p>
        <button type="button" class="primary" part="primary-button" @click=${p.unpause}>${t.goOn}</button>
      `;
    case 'break':
      return html`
        <h2 tabindex="-1">${t.breakTitle}</h2>
        <p part="prompt">${t.breakText}</p>
        <p>${t.breakNext}</p>
        ${readAloud(p, `${t.breakTitle}. ${t.breakText} ${t.breakNext}`)}
        <button type="button" class="primary" part="primary-button" @click=${p.goOn}>${t.goOn}</button>
      `;
    case 'waiting':
      return html`<h2 tabindex="-1">${t.waitingTitle}</h2>
        <div class="spinner" aria-hidden="true"></div>`;
    case 'finishing':
      return html`<h2 tabindex="-1">${t.finishing}</h2>
        <div class="spinner" aria-hidden="true"></div>`;
    case 'done': {
      const [title, text] = p.researching
        ? [t.researchDoneTitle, t.researchDoneText]
        : p.remeasuring
          ? [t.remeasureDoneTitle, t.remeasureDoneText]
          : [t.doneTitle, t.doneText];
      return html`
        <h2 tabindex="-1">${title}</h2>
        <p>${text}</p>
        <div class="actions">
          <button type="button" class="primary" part="primary-button" @click=${() => p.showSkillprint(phase.skillprintId)}>
            ${t.showSkillprint}
          </button>
          ${
            // A re-measurement is asked for again from the learning plan, a research round from the partner's page.
            p.remeasuring || p.researching
              ? nothing
              : html`<button type="button" class="secondary" @click=${p.startOver}>${t.again}</button>`
          }
        </div>
      `;
    }
    case 'expired':
      return html`
        <h2 tabindex="-1">${t.expiredTitle}</h2>
        <p>${t.expiredText}</p>
        <button type="button" class="primary" part="primary-button" @click=${() => p.renew(phase.saved)}>${t.continue}</button>
      `;
    case 'unmeasured':
      return html`
        <h2 tabindex="-1">${t.unmeasuredTitle}</h2>
        <p>${t.unmeasuredText}</p>
        <button type="button" class="primary" part="primary-button" @click=${p.startOver}>${t.continue}</button>
      `;
    case 'error':
      return html`
        <h2 tabindex="-1">${t.errorTitle}</h2>
        <p role="alert">${phase.message}</p>
        <button type="button" class="primary" part="primary-button" @click=${p.retry}>${t.retry}</button>
      `;
  }
}

/** The progress bar of a test under way (its width is set in the element's updated()). */
export function renderProgress(t: Messages, percent: number, milestone: string, slowDown = false): TemplateResult {
  return html`
    <div class="progress" part="progress">
      <div class="bar" role="progressbar" aria-label=${t.progressLabel} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent} aria-valuetext=${t.progress(percent)}>
        <div class="fill" data-percent=${percent}></div>
      </div>
      <p class="percent">${t.progress(percent)}</p>
      <p class="milestone ${slowDown ? 'slow-down' : ''}" ?hidden=${!milestone}>${milestone}</p>
    </div>
  `;
}

/**
 * What helps while answering, where it matters (on a question or a game's instruction): a
 * pause that keeps everything, and behind "Aanpassen" larger, wider-spaced text, colours for
 * colour blindness, and in Dutch easier words (A2, #25): the question on screen and all that
 * follow switch at once. Behind one button, so on a phone the tools take one row above the
 * question, not three.
 */
export function renderTools(p: ScreenPort, phase: Phase): TemplateResult | typeof nothing {
  if (phase.kind !== 'item' && phase.kind !== 'game-intro') return nothing;
  const { t } = p;
  return html`<div class="tools" part="tools">
    <button type="button" class="secondary tool" @click=${p.pause}>${t.pause}</button>
    ${p.researching ? html`<button type="button" class="secondary tool" @click=${p.stop}>${t.stop}</button>` : nothing}
    <button type="button" class="secondary tool" aria-expanded=${p.toolsOpen} aria-controls="display-tools" @click=${p.toggleTools}>
      ${t.adjust}
    </button>
    <div id="display-tools" class="display-tools" ?hidden=${!p.toolsOpen}>
      ${(['easyReading', 'safeColours', ...(tagOf(p.lang) === 'nl' ? (['easyWords'] as const) : [])] as const).map(
        (name) =>
          html`<button type="button" class="secondary tool" aria-pressed=${(name === 'easyWords' ? p.lang === 'a2' : p.display[name]) ? 'true' : 'false'} @click=${() => p.toggleDisplay(name)}>
            ${t[name]}
          </button>`,
      )}
    </div>
  </div>`;
}

/** A loudspeaker drawn in the text's colour: an emoji shows as an empty box where no emoji font is installed. */

/** Read out what the game shows now (its texts and the choices), taken from the screen at the moment of the tap. */
function readGame(event: Event, p: ScreenPort): void {
  const game = (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>('[part=game]');
  const texts = [...(game?.querySelectorAll<HTMLElement>('p:not([hidden]), li > .step, button:not([data-move])') ?? [])]
    .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '')
    .filter(Boolean);
  p.readOut(texts.join('. '));
}

function readAloud(p: ScreenPort, text: string): TemplateResult | typeof nothing {
  if (!canSpeak()) return nothing;
  return html`<button type="button" class="read-aloud" @click=${() => p.readOut(text)}>
    ${speakerIcon} ${p.t.readAloud}
  </button>`;
}

/**
 * The hidden heading of a question: "Vraag n", counting only these screens (a game block is an
 * answer too, but no "Vraag": counting it would skip a number).
 */
const itemHeading = (t: Messages, run: Run) =>
  html`<h2 class="visually-hidden">${t.itemOf(run.saved.responses.filter((r) => !r.trials).length + 1)}</h2>`;

/**
 * A step with options: a work scene ("what do you do?"), a forced choice between statements, or a
 * preference question. One button per option, in the order the server sent them. A block of
 * three asks twice on the same screen: the statement most like you, then of the other two the
 * one least like you (the first pick shown above, with a way to take it back).
 */
function renderStep(p: ScreenPort, phase: Question, answer: (choice: number) => void): TemplateResult {
  const { t, lang } = p;
  const { item: step, run, best } = phase;
  const ranked = ranksThree(step);
  const second = ranked && best !== undefined;
  // Large: the situation, or the question itself. Small: what to do with it.
  const prompt = second ? t.rankLeast : inLang(step.prompt, lang);
  const hint =
    step.kind === 'scene'
      ? t.sceneQuestion
      : second
        ? t.rankLeastHelp
        : ranked
          ? t.rankBestHelp
          : step.kind === 'choice'
            ? t.choiceHelp
            : '';
  const shown = step.options
    .map((o, choice) => ({ text: inLang(o.text, lang), choice }))
    .filter((o) => o.choice !== best);
  const spoken = [prompt, hint, ...shown.map((o) => o.text)].filter(Boolean).join('. ');
  return html`
    ${itemHeading(t, run)}
    <div class="card ${step.kind}">
      ${p.pictures.render(step, run.saved.steps, lang)}
      ${
        second
          ? html`<p class="picked">${t.rankPicked}: <strong>${inLang(step.options[best]!.text, lang)}</strong></p>
            <button type="button" class="secondary again" @click=${() => p.pickAgain(phase)}>${t.rankAgain}</button>`
          : nothing
      }
      <p class="prompt" part="prompt" tabindex="-1">${prompt}</p>
      ${hint ? html`<p class="question">${hint}</p>` : nothing}
      ${readAloud(p, spoken)}
    </div>
    <div class="answers options ${step.kind}" part="answers" role="group" aria-label=${step.kind === 'scene' ? t.sceneQuestion : prompt}>
      ${shown.map((o) => html`<button type="button" class="answer" data-choice=${o.choice} @click=${() => answer(o.choice)}>${o.text}</button>`)}
    </div>
  `;
}

function renderGameIntro(p: ScreenPort, phase: GameIntro): TemplateResult {
  const { t } = p;
  const { mechanic, item, practice } = phase;
  // How to play says what the game's own prompt says, and more: only that (the intro read it twice).
  const how = t.gameHow[mechanic];
  // After a reload in a scored block: it goes on at its next trial, not from the start.
  const played = playedBefore(phase).length;
  return html`
    <h2 tabindex="-1">${t.gameTitles[mechanic]}</h2>
    <p part="prompt">${how}</p>
    <p>${practice ? t.gamePractice : played ? t.gameResumed(played + 1, item.game!.trials) : t.gameReady}</p>
    ${readAloud(p, how)}
    <button type="button" class="primary" part="primary-button" @click=${() => p.play(phase)}>
      ${practice ? t.startPractice : played ? t.goOn : t.startGame}
    </button>
  `;
}
