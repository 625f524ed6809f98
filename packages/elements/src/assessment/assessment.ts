import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ApiError,
  routes,
  type GameMechanic,
  type GameTrial,
  type Item,
  type ItemBank,
  type ItemResponse,
  type Skill,
} from '@pfw/contract';
import {
  AdaptiveEngine,
  EXTRA_TIME_FACTOR,
  SORTING_LIMIT_MS,
  categoryOf,
  indexItems,
  provisionalCorrelations,
  type AdaptiveConfig,
  type ItemIndex,
} from '@pfw/core/runtime';
import { isMeasuredSkill } from '@pfw/core/skill-kinds';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
import { AnswerQueue } from './answer-queue.js';
import {
  forget as forgetSaved,
  keepOnlyResult,
  readSaved,
  storageKeyFor,
  writeSaved,
  type SavedTest,
} from './saved-test.js';
import { canSpeak, speak, stopSpeaking } from './speech.js';
import type { CreateGame, Game } from './games/game.js';
import { styles } from './assessment.styles.js';
import nl, { type Messages } from './i18n/nl.js';

type Screen =
  'welcome' | 'loading' | 'practice' | 'item' | 'game-intro' | 'game' | 'finishing' | 'done' | 'expired' | 'error';

/** Each mini-game is its own chunk, loaded when the test first needs it. */
const GAMES: Record<GameMechanic, () => Promise<{ createGame: CreateGame }>> = {
  sorting: () => import('./games/sorting.js'),
  risk: () => import('./games/risk.js'),
  planning: () => import('./games/planning.js'),
};

/** Swipe a card this far (px) to answer "dat ben ik" (right) or "dat ben ik niet" (left). */
const SWIPE_PX = 80;
const MILESTONES = [25, 50, 75];

/** Per API base: the item bank and the skills, fetched once per page. */
const banks = new Map<string, Promise<[ItemBank, Skill[]]>>();

export interface AssessmentProgressDetail {
  sessionId: string;
  /** 0-100. */
  percent: number;
  answered: number;
  skillsStarted: number;
  skillsDone: number;
  skills: number;
}

/**
 * The assessment a job seeker plays: a welcome, a practice card, then adaptive self-report
 * cards, work scenes and three mini-games, ending in a signed skillprint. It runs the adaptive
 * engine in the browser; every answer is stored on the device first and sent with retries; the
 * server re-scores every answer itself. Without a partner token it starts anonymously with the
 * publishable key: no name needed.
 *
 * @tagname pfw-assessment
 * @summary The gamified skills assessment, local-first and adaptive.
 *
 * @fires pfw-assessment-started - A new test started. `detail: { sessionId }`.
 * @fires pfw-assessment-progress - After every answer. `detail: { sessionId, percent, answered, skillsStarted, skillsDone, skills }`.
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

  /** Settings of the adaptive test (time budget, stop rule). For research and tests; partners leave it alone. */
  @property({ attribute: false }) adaptive: Partial<AdaptiveConfig> = {};

  @state() private screen: Screen = 'welcome';
  @state() private extraTime = false;
  @state() private current?: Item;
  @state() private statusText = '';
  @state() private rejectedText = '';
  @state() private announcement = '';
  @state() private milestone = '';
  @state() private problemText = '';
  @state() private dragX = 0;

  private readonly locale = new LocaleController<Messages>(
    this,
    { nl, en: () => import('./i18n/en.js') },
    this.providerLang,
  );
  private readonly queue = new AnswerQueue({
    client: () => this.client,
    saved: () => this.saved,
    storageKey: () => this.storageKey,
    changed: () => this.showStatus(),
    rejected: (itemId, message) => this.onRejected(itemId, message),
  });
  private engine?: AdaptiveEngine;
  private items?: ItemIndex;
  private saved?: SavedTest;
  private storageKey = '';
  /** The token of an anonymous start (no partner token), kept with the test on the device. */
  private anonymousToken?: string;
  private shownAt = 0;
  private game?: Game;
  private gamePractice = false;
  private gameLoading = false;
  private swipeFrom?: number;
  private reachedMilestones = new Set<number>();
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  /** The item on screen now (for host pages and tests). */
  get currentItemId(): string | undefined {
    return this.current?.id;
  }

  /** The session of the test on this device, if any. */
  get sessionId(): string | undefined {
    return this.saved?.sessionId;
  }

  /** Answers the server has not confirmed yet. */
  get unsentCount(): number {
    return this.saved?.unsent.length ?? 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.queue.connect();
    if (!this.openSaved()) void this.prepare().catch(() => undefined); // warm up: the welcome screen shows at once
  }

  protected override willUpdate(): void {
    // A partner token that arrives after the element: the test on this device may be that person's.
    if (this.screen === 'welcome' && !this.saved) this.openSaved();
  }

  /** The test saved on this device for the configuration in force: show its result or resume it. */
  private openSaved(): boolean {
    const key = storageKeyFor(this.config.apiBase, this.config.publishableKey, this.config.token);
    if (key === this.storageKey) return false;
    this.storageKey = key;
    this.saved = readSaved(key);
    if (this.saved?.skillprintId) this.screen = 'done';
    else if (this.saved) void this.resume();
    return Boolean(this.saved);
  }

  /**
   * Sizes and the card's tilt go through the CSSOM, not a style attribute: a strict
   * Content-Security-Policy (style-src without 'unsafe-inline') blocks style attributes.
   */
  protected override updated(): void {
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (fill) fill.style.width = `${fill.dataset.percent}%`;
    const card = this.renderRoot.querySelector<HTMLElement>('.card');
    const tilt = this.reducedMotion.matches ? 0 : this.dragX;
    if (card) card.style.transform = tilt ? `translateX(${tilt}px) rotate(${tilt / 20}deg)` : '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.queue.disconnect();
    this.game?.dispose();
    stopSpeaking();
  }

  // ── Flow ────────────────────────────────────────────────────────────────

  /** Load the bank and skills, and set up the engine. */
  private async prepare(): Promise<AdaptiveEngine> {
    if (this.engine) return this.engine;
    const client = this.client;
    if (!banks.has(client.baseUrl)) {
      banks.set(
        client.baseUrl,
        Promise.all([client.request(routes.getItemBank), client.request(routes.listSkills).then((r) => r.items)]),
      );
    }
    let bank: ItemBank, skills: Skill[];
    try {
      [bank, skills] = await banks.get(client.baseUrl)!;
    } catch (error) {
      banks.delete(client.baseUrl);
      throw error;
    }
    const soft = skills.filter(isMeasuredSkill);
    this.items = indexItems(bank.items);
    this.engine = new AdaptiveEngine(
      bank.items,
      {
        skills: soft.map((s) => s.id),
        correlations: provisionalCorrelations(soft.map((s) => s.group)),
        ...this.adaptive,
      },
      bank.version,
    );
    return this.engine;
  }

  /** Anonymous start with the publishable key when the partner gave no token. */
  private async ensureToken(): Promise<void> {
    if (this.config.token) return;
    if (!this.config.publishableKey)
      throw new ApiError({
        type: 'about:blank',
        title: 'No access',
        status: 401,
        detail: 'set a token or a publishable key',
      });
    const { token } = await this.client.request(routes.startAnonymous);
    this.token = this.anonymousToken = token;
  }

  private async start(): Promise<void> {
    this.screen = 'loading';
    try {
      const engine = await this.prepare();
      await this.ensureToken();
      const lang = this.locale.lang;
      const session = await this.client.request(routes.startAssessment, { body: { lang, extraTime: this.extraTime } });
      this.saved = {
        v: 1,
        sessionId: session.id,
        anonymousToken: this.anonymousToken,
        lang,
        extraTime: this.extraTime,
        state: engine.start(Math.floor(Math.random() * 2 ** 32)),
        responses: [],
        unsent: [],
        rejected: [],
        practised: [],
      };
      this.save();
      this.emit('pfw-assessment-started', { sessionId: session.id });
      this.screen = 'practice';
      this.focusHeading();
    } catch (error) {
      this.fail(error);
    }
  }

  /** After a reload: the same test, at the same item. */
  private async resume(): Promise<void> {
    const saved = this.saved!;
    this.screen = 'loading';
    this.extraTime = saved.extraTime;
    if (saved.anonymousToken && !this.config.token) this.token = this.anonymousToken = saved.anonymousToken;
    try {
      await this.prepare();
    } catch (error) {
      return this.fail(error);
    }
    try {
      const session = await this.client.request(routes.getAssessment, { params: { id: saved.sessionId } });
      if (session.skillprintId) return this.completed(session.skillprintId);
      if (session.status === 'expired') return void (this.screen = 'expired');
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 401))
        return void (this.screen = 'expired');
      // Offline: go on from the device; the queue sends when it can.
    }
    void this.queue.flush();
    this.advance();
  }

  /** An expired session or token: a new session on the server, the same answers from the device. */
  private async renew(): Promise<void> {
    const saved = this.saved!;
    this.screen = 'loading';
    try {
      // An anonymous person whose token expired starts again as a new anonymous person.
      if (this.anonymousToken && this.token === this.anonymousToken) this.token = this.anonymousToken = undefined;
      await this.ensureToken();
      const session = await this.client.request(routes.startAssessment, {
        body: { lang: saved.lang, extraTime: saved.extraTime },
      });
      const refused = new Set(saved.rejected.map((r) => r.itemId));
      this.saved = {
        ...saved,
        sessionId: session.id,
        anonymousToken: this.anonymousToken,
        unsent: saved.responses.map((r) => r.itemId).filter((id) => !refused.has(id)),
      };
      this.save();
      void this.queue.flush();
      this.advance();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Show the next item (or the one still on screen), or finish. */
  private advance(): void {
    const engine = this.engine!;
    const saved = this.saved!;
    const { state, item } = engine.next(saved.state);
    saved.state = state;
    this.save();
    this.current = item ?? undefined;
    if (!item) return void this.finish();
    this.shownAt = performance.now();
    if (item.format === 'game') {
      const mechanic = item.game!.mechanic;
      this.screen = 'game-intro';
      this.gamePractice = !saved.practised.includes(mechanic);
      void GAMES[mechanic](); // start loading while the instruction is read
    } else {
      this.screen = 'item';
    }
    this.focusHeading();
  }

  private answerChoice(choice: number): void {
    const item = this.current!;
    this.record({
      itemId: item.id,
      choice,
      durationMs: Math.round(performance.now() - this.shownAt),
      answeredAt: new Date().toISOString(),
    });
  }

  /** Store on the device, then send; then the next item. */
  private record(response: ItemResponse): void {
    const saved = this.saved!;
    this.rejectedText = '';
    const item = this.current!;
    if (!saved.responses.some((r) => r.itemId === item.id)) {
      const category = categoryOf(this.items!, response, { timeFactor: saved.extraTime ? EXTRA_TIME_FACTOR : 1 });
      saved.state = this.engine!.answer(saved.state, item.id, category, response.durationMs / 1000);
      saved.responses.push(response);
      saved.unsent.push(item.id);
      this.save();
    }
    void this.queue.flush();
    this.reportProgress();
    this.advance();
  }

  private reportProgress(): void {
    const saved = this.saved!;
    const p = this.engine!.progress(saved.state);
    const reached = MILESTONES.filter((m) => p.percent >= m && !this.reachedMilestones.has(m)).at(-1);
    MILESTONES.filter((m) => p.percent >= m).forEach((m) => this.reachedMilestones.add(m));
    if (reached) this.milestone = this.locale.t.milestones[reached]!;
    this.emit('pfw-assessment-progress', {
      sessionId: saved.sessionId,
      percent: p.percent,
      answered: saved.state.answers.length,
      skillsStarted: p.skillsStarted,
      skillsDone: p.skillsDone,
      skills: p.skills,
    } satisfies AssessmentProgressDetail);
  }

  private async finish(): Promise<void> {
    this.screen = 'finishing';
    this.focusHeading();
    void this.queue.flush();
    await this.queue.whenEmpty();
    if (this.queue.status === 'expired') return;
    try {
      const signed = await this.client.request(routes.completeAssessment, { params: { id: this.saved!.sessionId } });
      this.completed(signed.skillprint.id);
    } catch (error) {
      this.fail(error);
    }
  }

  private completed(skillprintId: string): void {
    const saved = { ...this.saved!, skillprintId };
    this.saved = keepOnlyResult(this.storageKey, saved);
    this.screen = 'done';
    this.focusHeading();
    this.emit('pfw-assessment-completed', { sessionId: saved.sessionId, skillprintId });
  }

  /**
   * Forget the test kept on this device (its answers, or the id of its skillprint) and show the
   * welcome screen. For a page whose user erased their data: nothing of theirs stays behind.
   */
  forget(): void {
    forgetSaved(this.storageKey);
    this.saved = undefined;
    // An anonymous person's token belongs to the test: a new test is a new anonymous person.
    if (this.anonymousToken && this.token === this.anonymousToken) this.token = this.anonymousToken = undefined;
    this.reachedMilestones.clear();
    this.milestone = '';
    this.screen = 'welcome';
  }

  private startOver(): void {
    this.forget();
    this.focusHeading();
  }

  // ── Games ───────────────────────────────────────────────────────────────

  private async playGame(): Promise<void> {
    const item = this.current!;
    const saved = this.saved!;
    if (this.gameLoading) return; // a double tap starts one game
    this.gameLoading = true;
    try {
      const { createGame } = await GAMES[item.game!.mechanic]();
      this.game?.dispose();
      this.game = createGame({
        item,
        lang: this.locale.lang,
        t: this.locale.t,
        timeFactor: saved.extraTime ? EXTRA_TIME_FACTOR : 1,
        practice: this.gamePractice,
        seed: saved.state.rng[0] + saved.state.answers.length + (this.gamePractice ? 1 : 0),
        update: () => this.requestUpdate(),
        announce: (text) => (this.announcement = text),
        focus: (selector) =>
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
        done: (trials) => this.gameDone(trials),
      });
      this.screen = 'game';
      this.shownAt = performance.now();
      this.focusHeading();
    } catch (error) {
      this.fail(error);
    } finally {
      this.gameLoading = false;
    }
  }

  private gameDone(trials: GameTrial[]): void {
    const item = this.current!;
    this.game?.dispose();
    this.game = undefined;
    if (this.gamePractice) {
      this.saved!.practised.push(item.game!.mechanic);
      this.save();
      this.gamePractice = false;
      this.announcement = this.locale.t.gameReady;
      this.screen = 'game-intro';
      this.focusHeading();
      return;
    }
    this.record({
      itemId: item.id,
      trials,
      durationMs: Math.round(performance.now() - this.shownAt),
      answeredAt: new Date().toISOString(),
    });
  }

  // ── Helpers ─────────────────────────────────────────────────────────────

  private save(): void {
    if (this.saved) writeSaved(this.storageKey, this.saved);
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private fail(error: unknown): void {
    const problem = this.reportError(error);
    this.problemText =
      problem.status === 401 && !this.config.publishableKey ? this.locale.t.noAccess : this.locale.t.errorText;
    this.screen = 'error';
    this.focusHeading();
  }

  private onRejected(_itemId: string, message: string): void {
    this.rejectedText = this.locale.t.rejected(message);
    this.reportError(
      new ApiError({
        type: 'https://passportforwork.dev/problems/validation',
        title: 'Answer refused',
        status: 400,
        detail: message,
      }),
    );
  }

  private showStatus(): void {
    const t = this.locale.t;
    if (this.queue.status === 'expired') {
      this.screen = 'expired';
      this.focusHeading();
    } else if (this.queue.status === 'offline') {
      this.statusText = this.screen === 'finishing' ? t.waitingToFinish : t.offline;
    } else if (this.queue.status === 'idle') {
      this.statusText = this.saved?.responses.length ? t.saved : '';
    }
  }

  /** Move focus to the new screen's heading, so screen readers read it and Tab goes on from there. */
  private focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  private readAloud(text: string): TemplateResult | typeof nothing {
    if (!canSpeak()) return nothing;
    return html`<button type="button" class="read-aloud" @click=${() => speak(text, this.locale.lang)}>
      <span aria-hidden="true">🔊</span> ${this.locale.t.readAloud}
    </button>`;
  }

  // ── Card swipe ──────────────────────────────────────────────────────────

  private onPointerDown(e: PointerEvent): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.swipeFrom = e.clientX;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.swipeFrom !== undefined) this.dragX = e.clientX - this.swipeFrom;
  }

  private onPointerUp(answer: (choice: number) => void): void {
    if (this.swipeFrom === undefined) return;
    const dx = this.dragX;
    this.swipeFrom = undefined;
    this.dragX = 0;
    if (dx >= SWIPE_PX) answer(3);
    else if (dx <= -SWIPE_PX) answer(0);
  }

  // ── Rendering ───────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    return html`
      <section class="panel" part="panel" lang=${this.locale.lang} data-screen=${this.screen}>
        ${this.saved && ['item', 'game-intro', 'game', 'practice'].includes(this.screen) ? this.renderProgress() : nothing}
        ${this.renderScreen()}
        <p class="status" part="status" role="status" ?hidden=${!this.statusText}>${this.statusText}</p>
        <p class="rejected" role="alert" ?hidden=${!this.rejectedText}>${this.rejectedText}</p>
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private renderScreen(): TemplateResult {
    const t = this.locale.t;
    switch (this.screen) {
      case 'welcome':
        return html`
          <h2 tabindex="-1">${t.welcomeTitle}</h2>
          <p part="prompt">${t.welcomeIntro}</p>
          <p>${t.welcomeTime}</p>
          <p class="privacy">${t.welcomePrivacy}</p>
          ${this.readAloud(`${t.welcomeTitle}. ${t.welcomeIntro} ${t.welcomeTime} ${t.welcomePrivacy}`)}
          <label class="check">
            <input type="checkbox" .checked=${this.extraTime} @change=${(e: Event) => (this.extraTime = (e.target as HTMLInputElement).checked)} />
            ${t.extraTime}
          </label>
          <button type="button" class="primary" part="primary-button" @click=${() => void this.start()}>${t.start}</button>
        `;
      case 'loading':
        return html`<h2 tabindex="-1" class="visually-hidden">${t.welcomeTitle}</h2>
          <p role="status">${t.loading}</p>`;
      case 'practice':
        return html`
          <h2 tabindex="-1">${t.practiceTitle}</h2>
          <p>${t.practiceHelp}</p>
          ${this.renderCard(t.practiceCard, () => {
            this.announcement = t.practiceDone;
            this.advance();
          })}
        `;
      case 'item':
        return this.current!.format === 'sjt'
          ? this.renderScene(this.current!)
          : this.renderCard(this.current!.prompt[this.locale.lang], (c) => this.answerChoice(c), true);
      case 'game-intro':
        return this.renderGameIntro(this.current!);
      case 'game':
        return html`
          <h2 tabindex="-1">${t.gameTitles[this.current!.game!.mechanic]}</h2>
          <div part="game">${this.game?.render()}</div>
        `;
      case 'finishing':
        return html`<h2 tabindex="-1">${t.finishing}</h2>
          <div class="spinner" aria-hidden="true"></div>`;
      case 'done':
        return html`
          <h2 tabindex="-1">${t.doneTitle}</h2>
          <p>${t.doneText}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              part="primary-button"
              @click=${() => this.emit('pfw-assessment-show-skillprint', { skillprintId: this.saved?.skillprintId })}
            >
              ${t.showSkillprint}
            </button>
            <button type="button" class="secondary" @click=${() => this.startOver()}>${t.again}</button>
          </div>
        `;
      case 'expired':
        return html`
          <h2 tabindex="-1">${t.expiredTitle}</h2>
          <p>${t.expiredText}</p>
          <button type="button" class="primary" part="primary-button" @click=${() => void this.renew()}>${t.continue}</button>
        `;
      case 'error':
        return html`
          <h2 tabindex="-1">${t.errorTitle}</h2>
          <p role="alert">${this.problemText}</p>
          <button type="button" class="primary" part="primary-button" @click=${() => void (this.saved ? this.resume() : this.start())}>${t.retry}</button>
        `;
    }
  }

  private renderProgress(): TemplateResult {
    const t = this.locale.t;
    const percent = this.saved && this.engine ? this.engine.progress(this.saved.state).percent : 0;
    return html`
      <div class="progress" part="progress">
        <div class="bar" role="progressbar" aria-label=${t.progressLabel} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent} aria-valuetext=${t.progress(percent)}>
          <div class="fill" data-percent=${percent}></div>
        </div>
        <p class="percent">${t.progress(percent)}</p>
        <p class="milestone" ?hidden=${!this.milestone}>${this.milestone}</p>
      </div>
    `;
  }

  private renderCard(text: string, answer: (choice: number) => void, counted = false): TemplateResult {
    const t = this.locale.t;
    const n = (this.saved?.state.answers.length ?? 0) + 1;
    return html`
      ${counted ? html`<h2 tabindex="-1" class="visually-hidden">${t.itemOf(n)}</h2>` : nothing}
      <div
        class="card"
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${() => this.onPointerUp(answer)}
        @pointercancel=${() => this.onPointerUp(() => undefined)}
      >
        <p class="question">${t.cardQuestion}</p>
        <p class="prompt" part="prompt">${text}</p>
        ${this.readAloud(text)}
      </div>
      <div class="answers scale" part="answers" role="group" aria-label=${t.cardQuestion}>
        ${t.scale.map((label, choice) => html`<button type="button" class="answer" data-choice=${choice} @click=${() => answer(choice)}>${label}</button>`)}
      </div>
    `;
  }

  private renderScene(item: Item): TemplateResult {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const options = item.options ?? [];
    return html`
      <h2 tabindex="-1" class="visually-hidden">${t.itemOf((this.saved?.state.answers.length ?? 0) + 1)}</h2>
      <div class="card scene">
        <p class="prompt" part="prompt">${item.prompt[lang]}</p>
        <p class="question">${t.sceneQuestion}</p>
        ${this.readAloud(`${item.prompt[lang]} ${t.sceneQuestion} ${options.map((o) => o.text[lang]).join('. ')}`)}
      </div>
      <div class="answers options" part="answers" role="group" aria-label=${t.sceneQuestion}>
        ${options.map((o, choice) => html`<button type="button" class="answer" data-choice=${choice} @click=${() => this.answerChoice(choice)}>${o.text[lang]}</button>`)}
      </div>
    `;
  }

  private renderGameIntro(item: Item): TemplateResult {
    const t = this.locale.t;
    const mechanic = item.game!.mechanic;
    const timeFactor = this.saved?.extraTime ? EXTRA_TIME_FACTOR : 1;
    const how =
      mechanic === 'sorting'
        ? t.sortingHow(Math.round((SORTING_LIMIT_MS / 1000) * timeFactor))
        : mechanic === 'risk'
          ? t.riskHow
          : t.planningHow;
    return html`
      <h2 tabindex="-1">${t.gameTitles[mechanic]}</h2>
      <p part="prompt">${item.prompt[this.locale.lang]}</p>
      <p>${how}</p>
      <p>${this.gamePractice ? t.gamePractice : t.gameReady}</p>
      ${this.readAloud(`${item.prompt[this.locale.lang]} ${how}`)}
      <button type="button" class="primary" part="primary-button" @click=${() => void this.playGame()}>
        ${this.gamePractice ? t.startPractice : t.startGame}
      </button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pfw-assessment': PfwAssessment;
  }
  interface GlobalEventHandlersEventMap {
    'pfw-assessment-started': CustomEvent<{ sessionId: string }>;
    'pfw-assessment-progress': CustomEvent<AssessmentProgressDetail>;
    'pfw-assessment-completed': CustomEvent<{ sessionId: string; skillprintId: string }>;
    'pfw-assessment-show-skillprint': CustomEvent<{ skillprintId: string }>;
  }
}
