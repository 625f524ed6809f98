/**
 * <pfw-assessment>: the element holds the public API and draws. The test itself is a state
 * machine, TestSession (session.ts), over the phases of phase.ts; screens.ts draws each phase;
 * the mini-games are lazy parts (games/), each given a small port.
 */
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { TextLang } from '@pfw/contract';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
import { TestSession } from './session.js';
import { showsProgress } from './phase.js';
import { renderProgress, renderScreen, renderTools, type ScreenPort } from './screens.js';
import { ScenePictures } from './scenes/pictures.js';
import { percentShown, type AssessmentProgressDetail } from './run.js';
import { styles } from './assessment.styles.js';
import nl, { type Messages } from './i18n/nl.js';

export type { AssessmentProgressDetail };

/**
 * The assessment a job seeker plays: a welcome, a few questions about what they like, then
 * forced choices between two statements ("Wat past beter bij jou?"), work scenes and mini-games,
 * ending in a signed skillprint. The server chooses the steps and keeps the key; it sends a few
 * steps ahead with every answer, so answering never waits on the network. Every answer is
 * stored on the device first and sent with retries. Without a partner token it starts
 * anonymously with the publishable key: no name needed.
 *
 * @tagname pfw-assessment
 * @summary The gamified skills assessment, local-first and adaptive.
 *
 * @fires pfw-assessment-started - A new test started. `detail: { sessionId }`.
 * @fires pfw-assessment-progress - After every answer. `detail: { sessionId, percent, answered }`.
 * @fires pfw-assessment-completed - The skillprint is ready. `detail: { sessionId, skillprintId }`.
 * @fires pfw-assessment-show-skillprint - The person asks to see their skillprint (the button on the last screen); the page shows it, e.g. with `<pfw-skillprint skillprint-id>`. `detail: { skillprintId }`.
 * @fires pfw-error - Something failed. `detail.problem` says why; answers are never lost.
 *
 * @csspart panel - The panel around every screen.
 * @csspart progress - The progress bar.
 * @csspart prompt - The text of a card, scene or game instruction.
 * @csspart answers - The answer buttons.
 * @csspart game - The area of a mini-game.
 * @csspart game-stimulus - What a game shows to act on.
 * @csspart status - The message about saving and sending.
 * @csspart primary-button - The main action of a screen.
 *
 * @cssproperty --pfw-assessment-max-width - Widest the panel grows. Default 40rem.
 */
export class PfwAssessment extends PfwElement {
  static override styles = [...PfwElement.styles, styles];
  static override properties: PropertyDeclarations = {
    remeasure: {},
    research: { type: Boolean },
    toolsOpen: { state: true },
  };

  /**
   * Re-measure only these skills (ids, comma-separated), e.g. after a learning step: a short test
   * of two to three minutes whose skillprint copies the other scores from the newest one. Needs
   * a skillprint (a partner token of someone who took the whole test).
   */
  remeasure?: string;

  /**
   * The research round (#20): for a job seeker who gave the research consent, after their whole
   * test, a few more questions about one skill (about 4 minutes, stop at any time) that help
   * calibrate the test. The skillprint does not change.
   */
  research = false;

  private readonly locale = new LocaleController<Messages, TextLang>(
    this,
    {
      nl,
      en: () => import('./i18n/en.js'),
      ar: () => import('./i18n/ar.js'),
      tr: () => import('./i18n/tr.js'),
      pl: () => import('./i18n/pl.js'),
      uk: () => import('./i18n/uk.js'),
      a2: () => import('./i18n/a2.js'),
    },
    this.providerLang,
    // The person's own choice of easier words or not (the tools), else the page's `text-level`.
    (): string | undefined => {
      const easy: boolean | undefined = this.session?.display.easyWords;
      return easy === undefined ? undefined : easy ? 'a2' : 'b1';
    },
  );
  private readonly session: TestSession = new TestSession(this, {
    config: () => this.config,
    client: () => this.client,
    token: () => this.token,
    setToken: (token) => (this.token = token),
    partnerToken: () => this.inherited?.token,
    locale: this.locale,
    emit: (type, detail) => this.emit(type, detail),
    report: (error) => this.reportError(error),
    focus: (selector, reveal) => this.focusOn(selector, reveal),
    remeasure: () => {
      const skills = this.remeasure
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return skills?.length ? skills : undefined;
    },
    research: () => this.research,
  });
  private readonly pictures = new ScenePictures(this);

  /** The item on screen now (for host pages and tests). */
  get currentItemId(): string | undefined {
    const { phase } = this.session;
    return 'item' in phase ? phase.item.id : undefined;
  }

  /** The session of the test on this device, if any. */
  get sessionId(): string | undefined {
    return this.session.saved?.sessionId;
  }

  /** Whether the test on this device is finished: its skillprint was made (for host pages). */
  get finished(): boolean {
    return !!this.session.saved?.skillprintId;
  }

  /** Answers the server has not confirmed yet. */
  get unsentCount(): number {
    return this.session.saved?.unsent.length ?? 0;
  }

  /**
   * Forget the test kept on this device (its answers, or the id of its skillprint) and show the
   * welcome screen. For a page whose user erased their data: nothing of theirs stays behind (on
   * the whole test's element, their re-measurements and research rounds go too).
   */
  forget(): void {
    this.session.forget();
  }

  /** The bar's width goes through the CSSOM, not a style attribute: a strict CSP blocks those. */
  protected override updated(): void {
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (fill) fill.style.width = `${fill.dataset.percent}%`;
  }

  /** Domain events bubble and are composed: a host page can listen on document. */
  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Focus this element of the screen after the next render (a new screen's h2 or question: screen readers read it, Tab goes on from there). */
  private focusOn(selector: string, reveal = false): void {
    // After a render of what changed, even when the caller asks before it asks for the render:
    // otherwise the selector finds the old screen (a planning step's old row).
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus({ preventScroll: reveal });
      if (reveal) this.reveal();
    });
  }

  /**
   * A new screen in sight from the widget's top when part of it is out of view. Focus alone
   * scrolls only as far as the question: on a phone the answers stayed under the fold.
   */
  private reveal(): void {
    const panel = this.renderRoot.querySelector('.panel');
    if (!panel) return;
    const { top, bottom } = panel.getBoundingClientRect();
    if ((top >= 0 && bottom <= innerHeight) || Math.abs(top) < 1) return;
    panel.scrollIntoView({ block: 'start' });
  }

  /** "Aanpassen" pressed or not; until then open when a toggle is on: what is switched on stays in sight. */
  private toolsOpen?: boolean;
  private toolsShown(): boolean {
    const { display } = this.session;
    return this.toolsOpen ?? (display.easyReading || display.safeColours || this.locale.lang === 'a2');
  }

  /** What the screens may do: every action goes to the session. */
  private port(): ScreenPort {
    const { session } = this;
    return {
      t: this.locale.t,
      lang: this.locale.lang,
      remeasuring: Boolean(this.remeasure?.trim()),
      researching: this.research,
      stop: () => session.stop(),
      start: () => void session.start(),
      retry: () => void (session.saved ? session.resume(session.saved) : session.start()),
      renew: (saved) => void session.renew(saved),
      answer: (phase, choice) => session.answer(phase, choice),
      pickAgain: (phase) => session.pickAgain(phase),
      goOn: () => session.goOn(),
      pause: () => session.pause(),
      unpause: () => session.unpause(),
      toggleDisplay: (name) => {
        // The toggles stay in view after a switch, also one that turns the last of them off.
        this.toolsOpen = true;
        session.toggleDisplay(name);
      },
      display: session.display,
      toolsOpen: this.toolsShown(),
      toggleTools: () => (this.toolsOpen = !this.toolsShown()),
      pictures: this.pictures,
      play: (phase) => void session.play(phase),
      showSkillprint: (skillprintId) => this.emit('pfw-assessment-show-skillprint', { skillprintId }),
      readOut: (text) => session.readOut(text),
      startOver: () => {
        session.forget();
        this.focusOn('h2');
      },
    };
  }

  protected override render(): TemplateResult {
    const { phase, status, rejected, announcement, milestone, display } = this.session;
    return html`
      <section
        class="panel ${display.easyReading ? 'easy-reading' : ''} ${display.safeColours ? 'safe-colours' : ''}"
        part="panel"
        lang=${this.locale.tag}
        data-screen=${phase.kind}
        data-mechanic=${'mechanic' in phase ? phase.mechanic : nothing}
      >
        ${
          // The break screen is a message of its own: no milestone beside it. Nor a game: it was
          // read on the game's introduction, and would stand over the game to its end.
          showsProgress(phase)
            ? renderProgress(
                this.locale.t,
                percentShown(phase),
                phase.kind === 'break' || phase.kind === 'game' ? '' : milestone,
                this.session.slowDown,
              )
            : nothing
        }
        ${renderTools(this.port(), phase)} ${renderScreen(phase, this.port())}
        <p class="status" part="status" role="status" ?hidden=${!status}>${status}</p>
        <p class="rejected" role="alert" ?hidden=${!rejected}>${rejected}</p>
        <div class="visually-hidden" aria-live="polite">${announcement}</div>
      </section>
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pfw-assessment-started': CustomEvent<{ sessionId: string }>;
    'pfw-assessment-progress': CustomEvent<AssessmentProgressDetail>;
    'pfw-assessment-completed': CustomEvent<{ sessionId: string; skillprintId: string }>;
    'pfw-assessment-show-skillprint': CustomEvent<{ skillprintId: string }>;
  }
}
