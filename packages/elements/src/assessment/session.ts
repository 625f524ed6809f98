/**
 * The test as a state machine: which screen (a Phase), the test saved on this device, the
 * engine and the answer queue. The element draws what this holds; the session reaches the
 * element only through a small port (configuration, client, language, events, focus).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ApiError,
  isProblemType,
  problemType,
  ranksThree,
  routes,
  type GameTrial,
  type ItemResponse,
  type Problem,
  type TextLang,
  type Step,
  type StoredResponse,
} from '@pfw/contract';
import { tooFastToRead } from '@pfw/core/runtime';
import type { LocaleController } from '../base/locale.js';
import { isRecord, readLocal, writeLocal } from '../base/local-store.js';
import { Access, type AccessPort } from './access.js';
import { AnswerQueue } from './answer-queue.js';
import * as stored from './saved-test.js';
import type { SavedTest } from './saved-test.js';
import { speak, stopSpeaking } from '../base/speech.js';
import { acknowledged, milestonePassed, nextStep, percentShown, progressOf, store, type Run } from './run.js';
import { focusTarget, type GameIntro, type Phase, type Playing, type Question } from './phase.js';
import { loadGame, playing, type GameHost } from './games/play.js';
import type { Messages } from './i18n/nl.js';

/**
 * The server puts the preference questions after the warm-up in the middle of the test (#18);
 * the first of them after this much progress gets a break screen before it.
 */
const BREAK_AT_PERCENT = 30;
/** After this many answers in a row too fast to have been read, the test says so. */
const TOO_FAST_IN_ROW = 3;
const DISPLAY_KEY = 'pfw-assessment:display';

/** How the test looks, chosen by the person and kept on this device (it is no personal data). */
export interface Display {
  /** Larger, wider-spaced text. */
  easyReading: boolean;
  /** Colours that people with red-green colour blindness tell apart. */
  safeColours: boolean;
  /** Eenvoudig Nederlands (A2) or B1, as the person chose; unset: as the page asks (`text-level`). */
  easyWords?: boolean;
}
const isDisplay = (v: unknown): v is Partial<Display> => isRecord(v);
const isPreference = (step: Step) => step.kind === 'interest' || step.kind === 'environment';

/** What the session needs of its element. */
export interface SessionPort extends AccessPort {
  locale: LocaleController<Messages, TextLang>;
  /** Dispatch a domain event (pfw-assessment-*). */
  emit(type: string, detail: unknown): void;
  /** Dispatch pfw-error. */
  report(error: unknown): Problem;
  /** Focus this element of the screen after the next render; `reveal`: a new screen, brought into sight. */
  focus(selector: string, reveal?: boolean): void;
  /** The skills to re-measure (the `remeasure` attribute), or none: the whole test. */
  remeasure(): string[] | undefined;
  /** The research round (the `research` attribute). */
  research(): boolean;
}

export class TestSession implements ReactiveController {
  phase: Phase = { kind: 'welcome' };
  /** Texts: about saving and sending; an answer the server refused; for the live region; a milestone passed. */
  private statusText = '';
  private statusLang?: string;
  /** The status line, in the language it was said in: after a switch of language, none until the next. */
  get status(): string {
    return this.statusLang === this.port.locale.lang ? this.statusText : '';
  }
  private set status(text: string) {
    this.statusText = text;
    this.statusLang = this.port.locale.lang;
  }
  /** The status line says the screen could not be read aloud (it goes with the screen). */
  private voiceNote = false;
  rejected = '';
  announcement = '';
  milestone = '';
  /** The milestone line is the note to slow down (drawn as a note, not as praise). */
  slowDown = false;
  /** Answers to scenes and blocks in a row too fast to have been read (they will not count). */
  private tooFastInRow = 0;
  /** The test on this device (its answers; only its skillprint id once finished), until forget(). */
  saved?: SavedTest;
  display: Display = { easyReading: false, safeColours: false, ...readLocal(DISPLAY_KEY, isDisplay) };

  private readonly access: Access;
  private readonly queue = new AnswerQueue({
    client: () => this.port.client(),
    saved: () => this.saved,
    storageKey: () => this.storageKey,
    changed: () => this.showStatus(),
    rejected: (_itemId, message) => this.onRejected(message),
    acknowledged: (reply) => this.onAcknowledged(reply),
  });
  private storageKey = '';
  /** Which test the screen was opened for (see asked()). */
  private opened = '';
  private gameLoading = false;
  /** Milestones (percent) already passed, in this test (see passedUpTo). */
  private readonly reached = new Set<number>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly port: SessionPort,
  ) {
    this.access = new Access(port);
    host.addController(this);
  }

  hostConnected(): void {
    this.queue.connect();
    this.open();
  }

  hostUpdate(): void {
    // A partner token that arrives after an anonymous start: that person's test, not the anonymous one.
    if (this.access.replaced()) {
      this.saved = undefined;
      this.show({ kind: 'welcome' });
    }
    // A partner token that arrives after the element: the test on this device may be that person's.
    // Another test asked for (remeasure, research) after one is done: that one's screen.
    if ((this.phase.kind === 'welcome' && !this.saved) || (this.phase.kind === 'done' && this.asked() !== this.opened))
      this.open();
  }

  /** Which test the element asks for: the whole test, a re-measurement of skills, or the research round. */
  private asked(): string {
    return `${String(this.port.remeasure() ?? '')}${this.port.research() ? '|research' : ''}`;
  }

  /** The body that starts the test asked for. */
  private startBody(lang: TextLang, remeasure: string[] | undefined, research: boolean) {
    return { lang, ...(remeasure && { remeasure }), ...(research && { research: true as const }) };
  }

  hostDisconnected(): void {
    this.queue.disconnect();
    if (this.phase.kind === 'game') this.phase.game.dispose();
    stopSpeaking();
  }

  /**
   * Go to another screen (and focus what it asks: see focusTarget); a game left behind stops its
   * timers, and what it last said in the live region goes with it (a screen reader would otherwise
   * still find "Doos A12" beside the next questions).
   */
  private show(phase: Phase, focus = false): void {
    if (this.phase.kind === 'game' && this.phase !== phase) {
      this.phase.game.dispose();
      this.announcement = '';
    }
    if (this.voiceNote) this.status = '';
    this.voiceNote = false;
    this.phase = phase;
    this.host.requestUpdate();
    if (focus) this.port.focus(focusTarget(phase), true);
  }

  /**
   * Milestones up to this percent count as said. The set lives in memory: after a reload the
   * ones the test has passed are not said again (a new test starts at 0, so at none).
   */
  private passedUpTo(percent: number): void {
    this.reached.clear();
    milestonePassed(percent, this.reached);
  }

  /** The test saved on this device for the configuration in force: show its result or resume it. */
  private open(): boolean {
    const { apiBase, publishableKey, token } = this.port.config();
    this.opened = this.asked();
    const key = stored.storageKeyFor(apiBase, publishableKey, token, this.port.remeasure(), this.port.research());
    if (key === this.storageKey) return false;
    this.storageKey = key;
    let saved = (this.saved = stored.readSaved(key));
    // A re-measurement or research round that was done is not shown as done again: asking for it again starts a new one.
    if (saved?.skillprintId && (saved.remeasure || saved.research)) {
      stored.forget(key);
      saved = this.saved = undefined;
    }
    if (saved?.skillprintId) this.show({ kind: 'done', skillprintId: saved.skillprintId });
    else if (saved) void this.resume(saved);
    else if (this.phase.kind === 'done') this.show({ kind: 'welcome' });
    return Boolean(saved);
  }

  async start(): Promise<void> {
    this.show({ kind: 'loading' });
    try {
      await this.access.ensure();
      const { lang } = this.port.locale;
      const remeasure = this.port.remeasure();
      const research = this.port.research();
      const session = await this.port.client().request(routes.startAssessment, {
        body: this.startBody(lang, remeasure, research),
      });
      const saved = (this.saved = stored.newTest(
        session.id,
        this.access.anonymous,
        lang,
        false,
        session.next,
        remeasure,
        research,
      ));
      this.passedUpTo(0);
      this.save();
      this.port.emit('pfw-assessment-started', { sessionId: session.id });
      this.advance({ saved });
    } catch (error) {
      this.fail(error);
    }
  }

  /** After a reload (or an error): the same test, at the same step. */
  async resume(saved: SavedTest): Promise<void> {
    this.show({ kind: 'loading' });
    this.access.resume(saved.anonymousToken);
    try {
      const session = await this.port.client().request(routes.getAssessment, { params: { id: saved.sessionId } });
      if (session.skillprintId) return this.completed(saved, session.skillprintId);
      if (session.status === 'expired') return this.show({ kind: 'expired', saved });
      if (!saved.unsent.length) acknowledged(saved, session);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 401))
        return this.show({ kind: 'expired', saved });
      // Offline: go on with the steps on the device; the queue sends when it can.
    }
    void this.queue.flush();
    this.passedUpTo(saved.percent);
    this.advance({ saved });
  }

  /** An expired session or token: a new session, and the test starts again there. */
  async renew(expired: SavedTest): Promise<void> {
    this.show({ kind: 'loading' });
    try {
      this.access.drop();
      await this.access.ensure();
      const { lang, remeasure, research } = expired;
      const session = await this.port.client().request(routes.startAssessment, {
        body: this.startBody(lang, remeasure, Boolean(research)),
      });
      const saved = (this.saved = stored.renewed(expired, session.id, this.access.anonymous, session.next));
      this.passedUpTo(0);
      this.save();
      this.advance({ saved });
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Show the next step. When none is left on the device: wait for the server's reply to the
   * answers still being sent (it brings the next steps), or, when all are sent and none came, finish.
   */
  private advance(run: Run): void {
    const step = nextStep(run);
    this.save();
    if (!step) {
      if (run.saved.unsent.length) return this.show({ kind: 'waiting', run }, this.phase.kind !== 'waiting');
      return void this.finish(run);
    }
    if (isPreference(step) && run.saved.percent >= BREAK_AT_PERCENT && !run.saved.breakTaken) {
      this.show({ kind: 'break', run }, true);
    } else if (step.kind === 'game' && step.game) {
      const { mechanic } = step.game;
      const practice = !run.saved.practised.includes(mechanic);
      this.show({ kind: 'game-intro', run, item: step, mechanic, practice }, true);
      void loadGame(mechanic, this.port.locale.lang); // start loading while the instruction is read
    } else {
      // A block answered halfway before a reload comes back at its second question.
      const half = run.saved.firstPick?.itemId === step.id ? run.saved.firstPick : undefined;
      const shownAt = performance.now() - (half?.afterMs ?? 0);
      this.show({ kind: 'item', run, item: step, shownAt, best: half?.choice }, true);
    }
  }

  /** The server took an answer: its steps ahead replace the device's; waiting for them is over. */
  private onAcknowledged(reply: StoredResponse): void {
    const { saved } = this;
    if (!saved) return;
    acknowledged(saved, reply);
    this.save();
    if (this.phase.kind === 'waiting') this.advance(this.phase.run);
    this.host.requestUpdate();
  }

  /** Pause on a question or a game's instruction: everything is kept, the time stands still. */
  pause(): void {
    const { phase } = this;
    if (phase.kind !== 'item' && phase.kind !== 'game-intro') return;
    this.show({ kind: 'paused', run: phase.run, resume: phase, at: performance.now() }, true);
  }

  /** Back from the pause to the same question, its answer time without the pause. */
  unpause(): void {
    const { phase } = this;
    if (phase.kind !== 'paused') return;
    const { resume } = phase;
    const paused = performance.now() - phase.at;
    this.show(resume.kind === 'item' ? { ...resume, shownAt: resume.shownAt + paused } : resume, true);
  }

  toggleDisplay(name: keyof Display): void {
    // Easier words switch from what is read now (the page may have asked for A2 already).
    const on = name === 'easyWords' ? this.port.locale.lang === 'a2' : this.display[name];
    this.display = { ...this.display, [name]: !on };
    writeLocal(DISPLAY_KEY, this.display);
    this.host.requestUpdate();
  }

  /** Leave the break screen or a game's result: on with the test. */
  goOn(): void {
    if (this.phase.kind !== 'break' && this.phase.kind !== 'game-result') return;
    if (this.phase.kind === 'break') this.phase.run.saved.breakTaken = true;
    this.advance(this.phase.run);
  }

  answer(phase: Question, choice: number): void {
    if (this.phase !== phase) return;
    // A block of three: first the statement most like you, then the one least like you.
    if (ranksThree(phase.item) && phase.best === undefined) {
      // Kept on the device at once: a reload or a closed tab does not lose the first pick.
      phase.run.saved.firstPick = {
        itemId: phase.item.id,
        choice,
        afterMs: Math.round(performance.now() - phase.shownAt),
      };
      this.save();
      return this.show({ ...phase, best: choice }, true);
    }
    const answer = phase.best === undefined ? { choice } : { choice: phase.best, least: choice };
    this.record(phase.run, phase.item, answer, phase.shownAt);
  }

  /** End the research round now: no more steps; the answers given are sent, then it finishes. */
  stop(): void {
    const { phase } = this;
    if (!this.saved?.research || (phase.kind !== 'item' && phase.kind !== 'game-intro')) return;
    this.saved.stopped = true;
    this.saved.steps = [];
    this.advance(phase.run);
  }

  /** Take back the statement picked as most like you (the time keeps counting from the first view). */
  pickAgain(phase: Question): void {
    if (this.phase !== phase) return;
    delete phase.run.saved.firstPick;
    this.save();
    this.show({ ...phase, best: undefined }, true);
  }

  /** Store on the device, then send; then the next item. */
  private record(
    run: Run,
    item: Step,
    answer: Pick<ItemResponse, 'choice' | 'least' | 'trials'>,
    shownAt: number,
    then = () => this.advance(run),
  ): void {
    this.rejected = '';
    const durationMs = Math.round(performance.now() - shownAt);
    store(run, item, {
      itemId: item.id,
      ...answer,
      durationMs,
      answeredAt: new Date().toISOString(),
      lang: this.port.locale.lang, // the language this item was shown in (#25)
    });
    this.save();
    void this.queue.flush();
    const progress = progressOf(run);
    const reached = milestonePassed(progress.percent, this.reached);
    // Said on the next screen only: "je bent op de helft" must not stand beside 65 %.
    this.milestone = reached ? this.port.locale.t.milestones[reached]! : '';
    this.slowDown = false;
    // Three scenes or blocks in a row too fast to have been read: say so before the test is over,
    // when it is too late (the server counts none of them: a test of only such answers measures nothing).
    if (item.kind === 'scene' || item.kind === 'choice')
      this.tooFastInRow = tooFastToRead(durationMs / 1000, item.expectedSeconds) ? this.tooFastInRow + 1 : 0;
    if (this.tooFastInRow >= TOO_FAST_IN_ROW) {
      this.tooFastInRow = 0;
      this.slowDown = true;
      this.milestone = this.port.locale.t.tooFast;
      this.announcement = this.milestone;
    }
    this.port.emit('pfw-assessment-progress', progress);
    then();
  }

  /** Every answer sent and no step left: the server scores them all and signs the skillprint. */
  private async finish(run: Run): Promise<void> {
    if (this.phase.kind === 'finishing') return; // already asked
    this.show({ kind: 'finishing', run }, true);
    try {
      const { sessionId: id } = run.saved;
      const signed = await this.port.client().request(routes.completeAssessment, { params: { id } });
      this.completed(run.saved, signed.skillprint.id);
    } catch (error) {
      // Nothing could count (every answer came too fast to have been read): only a new test helps.
      if (error instanceof ApiError && isProblemType(error.problem, 'assessment-unmeasured')) {
        this.status = ''; // not "Je antwoorden zijn opgeslagen": they did not count
        return this.show({ kind: 'unmeasured' }, true);
      }
      // Some skills need more answers after all: the server sends the steps for them.
      if (error instanceof ApiError && isProblemType(error.problem, 'assessment-incomplete')) {
        try {
          const session = await this.port
            .client()
            .request(routes.getAssessment, { params: { id: run.saved.sessionId } });
          acknowledged(run.saved, session);
          if (session.next.length) return this.advance(run);
        } catch {
          // fall through to the error screen
        }
      }
      this.fail(error);
    }
  }

  private completed(saved: SavedTest, skillprintId: string): void {
    this.saved = stored.keepOnlyResult(this.storageKey, { ...saved, skillprintId });
    this.show({ kind: 'done', skillprintId }, true);
    this.port.emit('pfw-assessment-completed', { sessionId: saved.sessionId, skillprintId });
  }

  /** Forget the test kept on this device and show the welcome screen. */
  forget(): void {
    stored.forget(this.storageKey);
    this.saved = undefined;
    this.access.drop();
    this.reached.clear();
    this.milestone = '';
    this.show({ kind: 'welcome' });
  }

  async play(intro: GameIntro): Promise<void> {
    if (this.gameLoading || this.phase !== intro) return; // a double tap starts one game
    this.gameLoading = true;
    try {
      const { locale } = this.port;
      const { createGame, sayNow } = await loadGame(intro.mechanic, locale.lang);
      const update = () => this.host.requestUpdate();
      // Getters: a switch of language mid-game reaches the game's own texts and the words around them.
      const host: GameHost = {
        get lang() {
          return locale.lang;
        },
        get t() {
          return locale.t;
        },
        say: sayNow(() => locale.lang, update),
        update,
        announce: this.announce,
        focus: (selector) => this.port.focus(selector),
      };
      this.show(
        playing(intro, createGame, host, this.gameDone, () => this.save()),
        true,
      );
    } catch (error) {
      this.fail(error);
    } finally {
      this.gameLoading = false;
    }
  }

  private readonly gameDone = (phase: Playing, trials: GameTrial[]): void => {
    if (this.phase !== phase) return;
    const { run, item, mechanic } = phase;
    phase.game.dispose();
    if (!phase.practice) {
      // What the game itself saw (the server scores the trials again by core's rules).
      // The bar keeps what it showed during the block (percentShown) until the server's count passes it.
      run.saved.percent = percentShown(phase, trials.length);
      const good = trials.filter((trial) => trial.correct).length;
      const result = { kind: 'game-result' as const, run, mechanic, good, total: trials.length };
      return this.record(run, item, { trials }, phase.shownAt, () => this.show(result, true));
    }
    run.saved.practised.push(mechanic);
    this.save();
    this.announce(this.port.locale.t.gameReady);
    this.show({ kind: 'game-intro', run, item, mechanic, practice: false }, true);
  };

  private save(): void {
    if (this.saved) stored.writeSaved(this.storageKey, this.saved);
  }

  /**
   * Read a screen aloud; say in the status line when the browser has no voice for the language or
   * stays silent, while that screen is shown (show() takes the note away with it).
   */
  readOut(text: string): void {
    const { lang, t } = this.port.locale;
    const on = this.phase;
    speak(text, lang, () => {
      if (this.phase !== on) return;
      this.status = t.noVoice;
      this.voiceNote = true;
      this.host.requestUpdate();
    });
  }

  private readonly announce = (text: string): void => {
    this.announcement = text;
    this.host.requestUpdate();
  };

  private fail(error: unknown): void {
    const problem = this.port.report(error);
    const { t } = this.port.locale;
    const message = problem.status === 401 && !this.port.config().publishableKey ? t.noAccess : t.errorText;
    this.show({ kind: 'error', message }, true);
  }

  private onRejected(message: string): void {
    this.rejected = this.port.locale.t.rejected(message);
    this.host.requestUpdate();
    this.port.report(
      new ApiError({
        type: problemType('validation'),
        title: 'Answer refused',
        status: 400,
        detail: message,
      }),
    );
  }

  private showStatus(): void {
    const { t } = this.port.locale;
    const { status } = this.queue;
    if (status === 'expired') {
      if (this.saved) this.show({ kind: 'expired', saved: this.saved }, true);
    } else if (status === 'offline') {
      this.status = this.phase.kind === 'waiting' ? t.waitingForSteps : t.offline;
    } else if (status === 'idle') {
      this.status = this.saved?.responses.length ? t.saved : '';
      // Everything sent (or refused) while waiting: go on with what the server sent, or finish.
      if (this.phase.kind === 'waiting') this.advance(this.phase.run);
    }
    this.host.requestUpdate();
  }
}
