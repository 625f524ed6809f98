import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  ApiError,
  isProblemType,
  listSkillTexts,
  routes,
  type CoachGrant,
  type LearningGoalKind,
  type LearningOffer,
  type LearningPath,
  type LearningStep,
  type LearningStepUpdate,
  type SkillClaim,
  type SkillTexts,
  type TextLang,
} from '@pfw/contract';
import { pathProgress, stepProgress } from '@pfw/core/matching';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController, comma, inLang, nameInSentence } from '../base/locale.js';
import { SignedInView } from '../base/signed-in-view.js';
import { controlStyles } from '../base/controls.styles.js';
import nl, { type Messages } from './i18n/nl.js';
import { styles } from './learning-path.styles.js';
import type { CoachAccessPort } from './coach-access.js';

type View = 'loading' | 'signed-out' | 'no-skillprint' | 'failed' | 'choose' | 'plan';

/**
 * @tagname pfw-learning-path
 * @summary A job seeker's learning plan: choose a goal, see the steps to it in order, and say what you started and finished.
 *
 * @fires pfw-learning-path-changed - When the plan was made or a step changed. `detail: { path }` (a LearningPath).
 * @fires pfw-learning-path-remeasure - The person asks to measure a step's skill again (only with `can-remeasure`): the page shows `<pfw-assessment remeasure="<skillId>">` and, once it is completed, calls `load()`. `detail: { skillId }`.
 * @fires pfw-error - When loading or saving failed. `detail: { problem }`.
 *
 * @csspart step - One step of the plan.
 * @csspart progress - The progress line ("Nog 2 stappen tot …").
 * @csspart new-gaps - What a newer test found to learn that the plan has no step for, with "Zet het in mijn plan".
 * @csspart certificate-offers - The courses that lead to a certificate or licence the goal asks and the person lacks.
 * @cssproperty --pfw-learning-path-max-width - Widest the widget grows (default 48rem).
 */
export class PfwLearningPath extends PfwElement {
  static override styles = [...PfwElement.styles, controlStyles, styles];
  static override properties: PropertyDeclarations = {
    goal: {},
    canRemeasure: { type: Boolean, attribute: 'can-remeasure' },
    beforeTest: { type: Boolean, attribute: 'before-test' },
    view: { state: true },
    path: { state: true },
    goals: { state: true },
    skills: { state: true },
    finishing: { state: true },
    claims: { state: true },
    proofKind: { state: true },
    noteError: { state: true },
    noteLength: { state: true },
    goalError: { state: true },
    busy: { state: true },
    message: { state: true },
    messageAt: { state: true },
    grants: { state: true },
    coachPreview: { state: true },
    codeError: { state: true },
  };

  /** A goal to offer first in the chooser: "occupation:<id>", "job:<job profile id>" (e.g. from the match list) or "community:<path id>". */
  goal?: string;
  /** The page can run a short re-measurement (it listens to pfw-learning-path-remeasure): steps begun offer it. */
  canRemeasure = false;
  /**
   * The page knows the test is not done yet: "Doe eerst de test" and the coach part (a coach's code
   * works from the first meeting), without asking for a plan that cannot be there. Unset it and
   * call `load()` once there is a skillprint.
   */
  beforeTest = false;

  private view: View = 'loading';
  private path?: LearningPath;
  /** What the goal chooser offers (goal-chooser.ts). */
  private goals?: import('./goal-chooser.js').Goals;
  private skills = new Map<string, SkillTexts>();
  /** The step whose "done" form is open. */
  private finishing?: string;
  private claims: SkillClaim[] = [];
  private proofKind: import('./done-form.js').ProofKind = 'certificate';
  private noteError = false;
  private noteLength = 0;
  /** "Make my plan" with no goal chosen: said at the choices. */
  private goalError = false;
  private busy = false;
  private message = '';
  /**
   * Where the message shows, next to what it is about: a step's skill id (by its status line),
   * 'choose' (by the chooser's button), or nothing (the line at the bottom, under the coach part).
   */
  private messageAt?: string;
  /** The language the message was said in: another language takes it away (it would stay in this one). */
  private messageLang?: string;
  private grants: CoachGrant[] = [];
  private coachPreview?: CoachAccessPort['preview'];
  private coachStopping?: string;
  /** What is wrong with the coach code typed (its text is looked up when drawn, in the language then). */
  private codeError?: 'emptyCode' | 'badCode' | 'unknownCode';
  /** The goal chooser, a lazy part (goal-chooser.ts): most visits show a plan. */
  private chooserPart?: typeof import('./goal-chooser.js');
  /** The "done" form with its proofs, a lazy part (done-form.ts). */
  private donePart?: typeof import('./done-form.js');
  /** What a goal asks besides skills (a forklift certificate), as the match list shows it: loaded for a goal that asks any. */
  private hardPart?: typeof import('../match-list/hard-list.js');
  /** The coach part: loaded with the list of coaches, one request either way. */
  private coachPart?: typeof import('./coach-access.js');
  /** The growth charts drawn, by canvas, with the history each shows (growth-chart.ts, lazy: chart.js). */
  private readonly charts = new Map<HTMLCanvasElement, { shown: string; chart?: { destroy(): void } }>();
  /** The micro-lesson open in a step, a lazy part (lesson.ts). */
  private lessons?: import('./lesson.js').Lessons;
  private lessonFor?: string;

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
  );
  private seq = 0;

  private readonly signedIn = new SignedInView(
    this,
    () => this.config,
    () => void this.load(),
  );

  /** The part that shows a goal's certificates, licences and physical work, with its texts, when the goal asks any. */
  private async loadHard(goals: readonly { hardRequirements?: unknown[] | undefined }[]): Promise<void> {
    if (!goals.some((g) => g.hardRequirements?.length)) return;
    this.hardPart ??= await import('../match-list/hard-list.js');
    await this.hardPart.hardTexts.load(this.locale.lang);
  }

  private get hardContext() {
    return { lang: this.locale.lang, redraw: () => this.requestUpdate() };
  }

  /** Load (again): the skill names, and the plan, or the goals to choose from when there is none. */
  async load(): Promise<void> {
    const seq = ++this.seq;
    if (!this.config.token) {
      this.view = 'signed-out';
      return;
    }
    void this.loadCoaches();
    if (this.beforeTest) {
      this.view = 'no-skillprint';
      return;
    }
    this.view = 'loading';
    const client = this.client;
    try {
      const [skills, path] = await Promise.all([
        this.skills.size ? undefined : client.request(listSkillTexts),
        client.request(routes.getMyLearningPath).catch((error: unknown) => {
          if (error instanceof ApiError && isProblemType(error.problem, 'no-learning-path')) return undefined;
          throw error;
        }),
      ]);
      if (seq !== this.seq) return;
      if (skills) this.skills = new Map(skills.items.map((s) => [s.id, s]));
      if (path) {
        await this.loadHard([path]);
        this.path = path;
        this.view = 'plan';
      } else await this.choose(seq, false);
    } catch (error) {
      if (seq === this.seq) this.fail(error);
    }
  }

  /**
   * Who looks along, and the coach part that shows it (a failure here leaves the rest working,
   * and the code can still be entered).
   */
  private async loadCoaches(): Promise<void> {
    const part = import('./coach-access.js');
    try {
      this.grants = (await this.client.request(routes.listMyCoaches)).items;
    } catch (error) {
      this.reportError(error);
    }
    this.coachPart = await part;
    this.requestUpdate();
  }

  private readonly coachPort: Omit<CoachAccessPort, 't' | 'grants' | 'preview' | 'codeError' | 'stopping' | 'busy'> = {
    lookUp: (event: SubmitEvent) => {
      event.preventDefault();
      // As people copy it: with spaces or a dash in the middle, in small letters.
      const code = String(new FormData(event.target as HTMLFormElement).get('code') ?? '')
        .replace(/[\s-]/g, '')
        .toUpperCase();
      if (!/^[A-HJ-NP-Z2-9]{8}$/.test(code)) {
        this.codeError = code ? 'badCode' : 'emptyCode';
        this.signedIn.focusNext = 'coach-code';
        this.requestUpdate(); // The same error again renders nothing new: focus the field anyway.
        return;
      }
      void this.coachStep(async () => {
        const preview = await this.client.request(routes.getCoachInvite, { params: { code } });
        this.coachPreview = { ...preview, code };
        this.codeError = undefined;
        this.signedIn.focusNext = 'coach-called';
      });
    },
    grant: (event: SubmitEvent) => {
      event.preventDefault();
      const preview = this.coachPreview;
      if (!preview) return;
      const called = String(new FormData(event.target as HTMLFormElement).get('called') ?? '').trim();
      void this.coachStep(async () => {
        await this.client.request(routes.grantCoach, {
          body: { code: preview.code, ...(called ? { called } : {}) },
        });
        this.coachPreview = undefined;
        await this.loadCoaches();
        this.say(this.locale.t.coach.granted(nameInSentence(preview.coachName)));
        this.signedIn.focusNext = 'coach-title';
      });
    },
    cancel: () => {
      this.coachPreview = undefined;
      this.signedIn.focusNext = 'coach-code';
    },
    askStop: (grant?: CoachGrant) => {
      this.coachStopping = grant?.coachId;
      this.signedIn.focusNext = grant ? 'coach-stop-ask' : 'coach-title';
      this.requestUpdate();
    },
    revoke: (grant: CoachGrant) =>
      void this.coachStep(async () => {
        await this.client.request(routes.revokeCoach, { params: { coachId: grant.coachId } });
        this.coachStopping = undefined;
        await this.loadCoaches();
        this.say(this.locale.t.coach.stopped(nameInSentence(grant.coachName)));
        this.signedIn.focusNext = 'coach-title';
      }),
  };

  /** One step of giving or stopping access; a code that does not work is said at the field. */
  private async coachStep(run: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await run();
    } catch (error) {
      if (error instanceof ApiError && isProblemType(error.problem, 'coach-code-unknown')) {
        this.coachPreview = undefined;
        this.codeError = 'unknownCode';
        this.signedIn.focusNext = 'coach-code';
      } else {
        this.reportError(error);
        this.say(this.locale.t.saveFailed);
      }
    } finally {
      this.busy = false;
    }
  }

  /** Say `text` next to what it is about (`at`: see messageAt), announced there. */
  private say(text: string, at?: string): void {
    this.message = text;
    this.messageAt = at;
    this.messageLang = this.locale.lang;
  }

  private renderCoach() {
    return this.coachPart?.renderCoachAccess({
      ...this.coachPort,
      t: this.locale.t,
      grants: this.grants,
      preview: this.coachPreview,
      stopping: this.coachStopping,
      codeError: this.codeError && this.locale.t.coach[this.codeError],
      busy: this.busy,
    });
  }

  private fail(error: unknown): void {
    if (error instanceof ApiError && isProblemType(error.problem, 'no-skillprint')) {
      this.view = 'no-skillprint';
      return;
    }
    this.reportError(error);
    this.view = 'failed';
  }

  /**
   * Show the goal chooser: the careers and vacancies that fit best. Focus moves to it only when
   * the person asked for it here (`focus`): a widget that loads on its own never pulls the page away
   * from where someone is (the test's last screen, higher up the same page).
   */
  private async choose(seq = ++this.seq, focus = true): Promise<void> {
    this.chooserPart ??= await import('./goal-chooser.js');
    const goals = await this.chooserPart.loadGoals(this.client);
    await this.loadHard([...goals.careers, ...goals.vacancies]);
    if (seq !== this.seq) return;
    this.goals = goals;
    this.say('');
    this.goalError = false;
    this.view = 'choose';
    if (focus) this.signedIn.focusNext = 'choose-title';
  }

  private async onChooseOther(): Promise<void> {
    try {
      await this.choose();
    } catch (error) {
      this.fail(error);
    }
  }

  private async onSubmitGoal(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    // "Een ander beroep": the occupation chosen in its list (none chosen: nothing picked yet).
    const picked = data.get('goal') === 'other' ? data.get('other') || null : data.get('goal');
    if (typeof picked !== 'string') {
      // Said at the choices, and the keyboard goes to the first of them (every try, not only the first).
      this.goalError = true;
      this.say('');
      await this.updateComplete;
      form.querySelector<HTMLInputElement>('input[name=goal]')?.focus();
      return;
    }
    const [kind, id] = picked.split(':') as [LearningGoalKind, string];
    await this.save(
      () => this.client.request(routes.putMyLearningPath, { body: { kind, id } }),
      'plan-title',
      undefined,
      'choose',
    );
  }

  /** The same goal again: the server adds a step for each gap a newer test found (what was done stays). */
  private async addNewGaps(path: LearningPath): Promise<void> {
    const { kind, id } = path.goal;
    await this.save(
      () => this.client.request(routes.putMyLearningPath, { body: { kind, id } }),
      'plan-title',
      () => this.locale.t.newGapsAdded,
      // Said where the note was, under the plan's headline (not at the bottom of the widget).
      'new-gaps',
    );
  }

  /**
   * Send a change; on success show the plan it returns and tell the page. What happened is said
   * at `at` (a step's skill id, or 'choose'), where the person is.
   */
  private async save(
    send: () => Promise<LearningPath>,
    focus: string,
    said?: (path: LearningPath) => string,
    at?: string,
  ) {
    this.busy = true;
    try {
      const path = await send();
      await this.loadHard([path]);
      this.path = path;
      this.view = 'plan';
      this.finishing = undefined;
      this.goalError = false;
      this.say(said?.(path) ?? '', at);
      this.signedIn.focusNext = focus;
      this.dispatchEvent(
        new CustomEvent('pfw-learning-path-changed', { detail: { path }, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.reportError(error);
      this.say(this.locale.t.saveFailed, at);
    } finally {
      this.busy = false;
    }
  }

  /** Draw a growth chart on each canvas that has none, or shows another history now; drop those gone. */
  protected override updated(): void {
    const canvases = [...this.renderRoot.querySelectorAll<HTMLCanvasElement>('.growth-chart canvas')];
    for (const [canvas, drawn] of this.charts)
      if (!canvases.includes(canvas)) {
        drawn.chart?.destroy();
        this.charts.delete(canvas);
      }
    for (const canvas of canvases) {
      const shown = canvas.dataset.history!;
      if (this.charts.get(canvas)?.shown === shown) continue;
      this.charts.get(canvas)?.chart?.destroy();
      const drawn: { shown: string; chart?: { destroy(): void } } = { shown };
      this.charts.set(canvas, drawn);
      const t = this.locale.t;
      void import('./growth-chart.js')
        .then(({ drawGrowth }) => {
          if (this.charts.get(canvas) !== drawn) return;
          drawn.chart = drawGrowth(canvas, JSON.parse(shown), {
            when: t.day,
            level: t.chartLevel,
            range: t.chartRange,
          });
          canvas.dataset.drawn = 'true';
        })
        .catch(() => undefined); // The same facts are in the text: without the chart nothing is lost.
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const drawn of this.charts.values()) drawn.chart?.destroy();
    this.charts.clear();
  }

  private async openLesson(step: LearningStep): Promise<void> {
    // The step whose lesson opens: its status line takes the focus and says it once the lesson is done.
    this.lessonFor = step.skillId;
    try {
      this.lessons ??= new (await import('./lesson.js')).Lessons(this, {
        client: () => this.client,
        lang: () => this.locale.lang,
        focus: (id) => (this.signedIn.focusNext = id),
        say: (text) => this.say(text, this.lessonFor),
        done: (send, said) => this.save(send, `status-${this.lessonFor}`, () => said, this.lessonFor),
      });
      await this.lessons.open(step);
    } catch (error) {
      this.reportError(error);
    }
  }

  private updateStep(step: LearningStep, update: LearningStepUpdate): Promise<void> {
    return this.save(
      () => this.client.request(routes.updateMyLearningStep, { params: { skillId: step.skillId }, body: update }),
      `status-${step.skillId}`,
      (path) => {
        const now = path.steps.find((s) => s.skillId === step.skillId);
        return now ? this.locale.t.saved(this.skillName(step.skillId), this.statusText(now)) : '';
      },
      step.skillId,
    );
  }

  private async openDone(step: LearningStep): Promise<void> {
    try {
      this.donePart ??= await import('./done-form.js');
    } catch (error) {
      this.reportError(error);
      this.say(this.locale.t.saveFailed, step.skillId);
      return;
    }
    this.finishing = step.skillId;
    this.proofKind = 'certificate';
    this.noteError = false;
    this.noteLength = 0;
    this.claims = [];
    this.signedIn.focusNext = `proof-${step.skillId}`;
    try {
      this.claims = await this.donePart.loadClaims(this.client);
    } catch {
      this.claims = []; // Without them the form still works: a certificate or no proof.
    }
  }

  private async onSubmitDone(event: SubmitEvent, step: LearningStep): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const note = String(form.get('note') ?? '').trim();
    const claim = String(form.get('claim') ?? '');
    if (this.proofKind === 'certificate' && note.length < 2) {
      this.noteError = true;
      this.signedIn.focusNext = `note-${step.skillId}`;
      this.requestUpdate(); // Already marked wrong: nothing new to render, yet the field takes the focus again.
      return;
    }
    const proof =
      this.proofKind === 'certificate'
        ? { kind: 'certificate' as const, note }
        : this.proofKind === 'open-badge' && claim
          ? { kind: 'open-badge' as const, skillClaimId: claim }
          : { kind: 'none' as const };
    await this.updateStep(step, { status: 'done', proof });
  }

  private skillName(id: string): string {
    return inLang(this.skills.get(id)?.label, this.locale.lang) ?? id;
  }

  private statusText(s: LearningStep): string {
    const t = this.locale.t;
    if (s.reached) return t.status.reached(s.currentLevel);
    if (s.status === 'done' && s.doneAt) {
      const proof = s.proof;
      const said =
        proof?.kind === 'certificate' && proof.note
          ? t.proofSaid.certificate(proof.note)
          : proof?.kind === 'open-badge'
            ? t.proofSaid['open-badge']
            : proof?.kind === 'coach' && proof.coachName
              ? t.proofSaid.coach(nameInSentence(proof.coachName))
              : proof?.kind === 'platform' && proof.note
                ? t.proofSaid.platform(proof.note)
                : t.proofSaid.none;
      // Said done, but measured since and still below the level: say that, not "done".
      if (stepProgress(s) === 'below') return `${t.status.below(s.currentLevel, s.requiredLevel)} ${said}`;
      return `${t.status.done(new Date(s.doneAt))}. ${said}`;
    }
    if (s.status === 'started' && s.startedAt) return `${t.status.started(new Date(s.startedAt))}.`;
    return t.status.todo;
  }

  /** An offer: its title (a link when it has one), its facts and what it is about; `chosen` marks a step's choice. */
  private renderOfferText(o: LearningOffer, chosen = false) {
    const t = this.locale.t;
    const title = inLang(o.title, this.locale.lang);
    const facts = [o.provider.name, t.format[o.format], t.hours(o.durationHours), t.cost(o.costEur)];
    if (o.sample) facts.push(t.example);
    return html`${
      o.url
        ? html`<a href=${o.url} target="_blank" rel="noopener noreferrer" aria-label=${t.openOffer(title)}>${title}</a>`
        : html`<span class="offer-title">${title}</span>`
    }
      ${chosen ? html`<strong class="tag">${t.chosen}</strong>` : nothing}
      <br /><span class="muted">${facts.join(' · ')}</span>
      <br /><span class="muted">${inLang(o.description, this.locale.lang)}</span>`;
  }

  private renderOffer(step: LearningStep, o: LearningOffer) {
    const t = this.locale.t;
    const title = inLang(o.title, this.locale.lang);
    const chosen = step.offerId === o.id;
    return html`<li class=${chosen ? 'chosen' : ''}>
      ${this.renderOfferText(o, chosen)}
      ${
        step.status === 'todo' && !step.reached
          ? html`<br /><button
              class="secondary"
              ?disabled=${this.busy}
              @click=${() => this.updateStep(step, { status: 'started', offerId: o.id })}
            >
              ${t.startWith(title)}
            </button>`
          : nothing
      }
    </li>`;
  }

  private renderStep(step: LearningStep, n: number) {
    const t = this.locale.t;
    const id = step.skillId;
    const progress = stepProgress(step);
    const finished = progress === 'reached' || progress === 'to-measure';
    return html`<li part="step" class="step ${finished ? 'finished' : ''}">
      <h4>${t.step(n, this.skillName(id))}</h4>
      <p>${t.levels(step.requiredLevel, step.currentLevel)} ${step.essential ? t.mustHave : nothing}</p>
      ${step.workplaceNote ? html`<p>${t.atWork(step.workplaceNote)}</p>` : nothing}
      ${
        step.opens > 0
          ? html`<p>${t.opens(step.opens)}</p>`
          : step.blocks > 0
            ? html`<p>${t.blocks(step.blocks)}</p>`
            : nothing
      }
      ${
        step.history && step.history.length > 1
          ? html`<p class="history">
              ${t.history}: ${step.history.map((h) => t.measured(new Date(h.at), h.level, h.low, h.high)).join(' → ')}
            </p>
            <div class="growth-chart">
              <canvas
                data-skill=${id}
                data-history=${JSON.stringify(step.history)}
                role="img"
                aria-label=${t.growthChart(this.skillName(id))}
              ></canvas>
            </div>
            ${step.growth ? html`<p class="growth ${step.growth}">${t.growth[step.growth]}</p>` : nothing}`
          : nothing
      }
      <p id="status-${id}" class="status ${progress === 'below' ? 'below' : step.status}" tabindex="-1">
        ${finished ? '✓ ' : nothing}${this.statusText(step)}
      </p>
      <p class="message" role="status">${this.messageAt === id ? this.message : ''}</p>
      ${
        step.lesson && !step.reached
          ? this.lessons?.openFor === id
            ? this.lessons.render(step, this.busy)
            : html`<p class="lesson-offer">
                  ${t.lessonOffer(inLang(step.lesson.title, this.locale.lang), step.lesson.minutes)}
                  ${step.lessonDoneAt ? html`<br /><span class="muted">✓ ${t.lessonDone(new Date(step.lessonDoneAt))}</span>` : nothing}
                </p>
                <button class="secondary" @click=${() => this.openLesson(step)}>
                  ${step.lessonDoneAt ? t.lessonAgain : t.lessonStart}
                </button>`
          : nothing
      }
      ${
        step.reached
          ? nothing
          : html`<h5>${t.offersTitle}</h5>
            ${
              step.offers.length
                ? html`<ul class="offers">
                  ${step.offers.map((o) => this.renderOffer(step, o))}
                </ul>`
                : html`<p class="muted">${t.noOffers}</p>`
            }
            <div class="actions">
              ${
                step.status === 'todo' && !step.offers.length
                  ? html`<button ?disabled=${this.busy} @click=${() => this.updateStep(step, { status: 'started' })}>
                    ${t.startWithout}
                  </button>`
                  : nothing
              }
              ${
                step.status !== 'done' && this.finishing !== id
                  ? html`<button
                    id="done-${id}"
                    class=${step.status === 'todo' ? 'secondary' : ''}
                    @click=${() => this.openDone(step)}
                  >
                    ${t.markDone}
                  </button>`
                  : nothing
              }
              ${
                step.status === 'done'
                  ? html`<button
                    class="secondary"
                    ?disabled=${this.busy}
                    @click=${() => this.updateStep(step, { status: 'started' })}
                  >
                    ${t.notDone}
                  </button>`
                  : nothing
              }
              ${
                this.canRemeasure && step.status !== 'todo'
                  ? html`<button
                    class="secondary"
                    @click=${() =>
                      this.dispatchEvent(
                        new CustomEvent('pfw-learning-path-remeasure', {
                          detail: { skillId: id },
                          bubbles: true,
                          composed: true,
                        }),
                      )}
                  >
                    ${t.remeasure}
                  </button>`
                  : nothing
              }
            </div>
            ${
              this.finishing === id && this.donePart
                ? this.donePart.renderDoneForm({
                    t,
                    id,
                    kind: this.proofKind,
                    noteError: this.noteError,
                    noteLength: this.noteLength,
                    claims: this.claims,
                    busy: this.busy,
                    choose: (kind) => {
                      this.proofKind = kind;
                      this.noteError = false;
                      this.noteLength = 0;
                    },
                    typed: (length) => (this.noteLength = length),
                    submit: (e) => void this.onSubmitDone(e, step),
                    cancel: () => {
                      this.finishing = undefined;
                      this.signedIn.focusNext = `done-${id}`; // Back to the button that opened it.
                    },
                  })
                : nothing
            }`
      }
    </li>`;
  }

  private renderPlan(path: LearningPath) {
    const t = this.locale.t;
    const goal = inLang(path.goal.title, this.locale.lang);
    // Done is what the person said; reached is what the test measured. A step said done and
    // measured below its level since is still to take (pathProgress, as the server counts it).
    const { steps: all, done, remaining, toMeasure, below } = pathProgress(path.steps);
    // What a newer test found to learn counts as still to do, though it is not a step yet.
    const left = remaining + (path.newGaps?.length ?? 0);
    const headline = left ? t.remaining(left, goal) : all ? t.allDone(goal) : t.noSteps(goal);
    // "Nog 1 stap" is not the whole way when the goal requires a licence the person has not ticked.
    const papers = this.hardPart?.missingPapers(this.hardContext, path.hardRequirements);
    return html`<h3 id="plan-title" tabindex="-1">${t.planFor(goal)}</h3>
      <div part="progress" class="progress">
        <p>
          <strong>${headline}</strong>
          ${path.score !== undefined ? t.fitNow(path.score) : nothing}
        </p>
        ${papers ? html`<p part="papers-too">${t.papersToo(papers)}</p>` : nothing}
        ${below ? html`<p>${t.stillBelow(below)}</p>` : nothing}
        ${toMeasure ? html`<p>${t.measureAgain(toMeasure)}</p>` : nothing}
        ${
          all
            ? html`<progress max=${all} .value=${done} aria-label=${t.progress(done, all)}></progress>
              <p class="muted">${t.progress(done, all)}</p>`
            : nothing
        }
        ${path.provisional ? html`<p class="muted">${t.provisional}</p>` : nothing}
      </div>
      ${
        // A newer test found more to learn for this goal: the plan gets it only when the person says so.
        path.newGaps?.length
          ? html`<div part="new-gaps" class="new-gaps">
              <p>${t.newGaps(path.newGaps.map((id) => this.skillName(id)).join(comma(this.locale.lang)))}</p>
              <button class="secondary" ?disabled=${this.busy} @click=${() => this.addNewGaps(path)}>
                ${t.addNewGaps}
              </button>
            </div>`
          : nothing
      }
      <p class="message" role="status">${this.messageAt === 'new-gaps' ? this.message : ''}</p>
      <ol class="steps">
        ${path.steps.map((s, i) => this.renderStep(s, i + 1))}
      </ol>
      ${// Learning the steps does not bring a forklift certificate: the plan says what else the goal asks.
      this.hardPart?.renderHard(this.hardContext, path.hardRequirements, false)}
      ${
        path.certificateOffers?.length && this.hardPart
          ? html`<h5>${this.hardPart.hardTexts.get(this.locale.lang, () => this.requestUpdate()).howToGet}</h5>
              <ul class="offers" part="certificate-offers">
                ${path.certificateOffers.map((o) => html`<li>${this.renderOfferText(o)}</li>`)}
              </ul>`
          : nothing
      }
      <button id="other-goal" class="secondary" @click=${this.onChooseOther}>${t.otherGoal}</button>`;
  }

  private renderBody() {
    const t = this.locale.t;
    switch (this.view) {
      case 'loading':
        return html`<p>${t.loading}</p>`;
      case 'signed-out':
        return html`<p>${t.signIn}</p>`;
      case 'no-skillprint':
        return html`<p>${t.noSkillprint}</p>
          ${this.renderCoach()}`;
      case 'failed':
        return html`<p>${t.failed}</p>
          <button @click=${() => this.load()}>${t.retry}</button>`;
      case 'choose':
        return html`${this.chooserPart!.renderChooser({
          t: this.locale.t,
          lang: this.locale.lang,
          ...this.goals!,
          papers: (goal) => this.hardPart?.missingPapers(this.hardContext, goal.hardRequirements) ?? '',
          ...(this.path && !this.path.endedAt ? { current: this.path.goal } : {}),
          ...(this.goal ? { preset: this.goal } : {}),
          replacing: Boolean(this.path),
          busy: this.busy,
          ...(this.goalError ? { error: t.pickFirst } : {}),
          ...(this.messageAt === 'choose' ? { message: this.message } : {}),
          picked: () => (this.goalError = false),
          submit: (e) => void this.onSubmitGoal(e),
          cancel: () => {
            this.view = 'plan';
            this.say('');
            this.signedIn.focusNext = 'other-goal'; // Back to the button that opened the chooser.
          },
        })} ${this.renderCoach()}`;
      case 'plan':
        return this.path ? html`${this.renderPlan(this.path)} ${this.renderCoach()}` : nothing;
    }
  }

  protected override willUpdate(): void {
    if (this.messageLang !== this.locale.lang) this.message = '';
  }

  protected override render() {
    return html`<section aria-labelledby="title" aria-busy=${this.view === 'loading' ? 'true' : 'false'}>
      <h2 id="title">${this.locale.t.title}</h2>
      ${this.renderBody()}
      <p class="message" role="status" aria-live="polite">${this.messageAt ? '' : this.message}</p>
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pfw-learning-path-changed': CustomEvent<{ path: LearningPath }>;
    'pfw-learning-path-remeasure': CustomEvent<{ skillId: string }>;
  }
}
