/**
 * A micro-lesson, page by page (#23): a lazy part of <pfw-learning-path>, loaded when someone
 * opens a lesson. It only draws; the element keeps which page is open and what was picked, and
 * says the lesson was done. A question is there to think about: any answer may be picked, each
 * says why it is (not) a good one, and nothing of it is sent.
 */
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import {
  routes,
  type Client,
  type TextLang,
  type LearningPath,
  type LearningStep,
  type MicroLesson,
} from '@pfw/contract';
import { adopt } from '../base/adopt.js';
import { canSpeak, speak, speakerIcon } from '../base/speech.js';
import { drawing, sayScene, styles as artStyles } from '../assessment/scenes/art.js';
import { inLang, PartTexts } from '../base/locale.js';
import { en, nl, type LessonMessages } from './i18n/lesson.js';

/** The lesson's texts in every language the learning path speaks. */
const lessonTexts = new PartTexts<LessonMessages>({
  nl,
  en,
  ar: () => import('./i18n/lesson.ar.js'),
  tr: () => import('./i18n/lesson.tr.js'),
  pl: () => import('./i18n/lesson.pl.js'),
  uk: () => import('./i18n/lesson.uk.js'),
  a2: () => import('./i18n/lesson.a2.js'),
});

/** The lesson's own look, added to the element's shadow root when it first opens. */
const styles = css`
  .lesson {
    margin-block: calc(var(--_space) / 2);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .lesson .art,
  .lesson .picture {
    display: block;
    inline-size: 100%;
    max-inline-size: 24rem;
    block-size: auto;
    margin-block: calc(var(--_space) / 2);
  }
  .lesson-text {
    font-size: 1.0625em;
    line-height: 1.6;
  }
  .question {
    margin: calc(var(--_space) / 2) 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .question legend {
    font-weight: 600;
  }
  .question .option {
    display: block;
    inline-size: 100%;
    margin-block: calc(var(--_space) / 4);
    text-align: start;
  }
  .question .option[aria-pressed='true'] {
    border-width: 3px;
  }
  /* A live region stays in place (announced when it fills), without a gap while empty. */
  .speech-note:empty {
    margin: 0;
  }
  .feedback.good {
    color: var(--_color-success);
    font-weight: 600;
  }
`;

/** What a lesson's page needs. */
interface LessonPort {
  lang: TextLang;
  lesson: MicroLesson;
  /** The page open (0-based) and the option picked on it, if any. */
  page: number;
  picked?: number;
  busy: boolean;
  root: HTMLElement | DocumentFragment;
  /** Draw again (texts in a new language have come). */
  redraw(): void;
  /** What the page says under its read-aloud button (that the browser could not read aloud). */
  note: string;
  /** Say this under the read-aloud button. */
  say(text: string): void;
  go(page: number): void;
  pick(option: number): void;
  finish(): void;
  close(): void;
}

/** What the lessons need of their element. */
export interface LessonsHost {
  client(): Client;
  lang(): TextLang;
  /** Focus the element with this id after the next render. */
  focus(id: string): void;
  /** Say this in the element's status line. */
  say(text: string): void;
  /** Send that the lesson was done, show the plan it returns and say `said`. */
  done(send: () => Promise<LearningPath>, said: string): Promise<void>;
}

/** The lesson open in a step (at most one): its pages, the page open, and what was picked there. */
export class Lessons {
  openFor?: string;
  private lesson?: MicroLesson;
  private page = 0;
  private picked?: number;
  private note = '';

  constructor(
    private readonly element: ReactiveElement,
    private readonly host: LessonsHost,
  ) {}

  /** Open a step's lesson at its first page (its pages come from the API). */
  async open(step: LearningStep): Promise<void> {
    try {
      this.lesson = await this.host.client().request(routes.getMyLesson, { params: { id: step.lesson!.id } });
    } catch (error) {
      this.host.say(lessonTexts.get(this.host.lang()).failed);
      throw error;
    }
    this.openFor = step.skillId;
    this.turn(0);
  }

  private turn(page: number, picked?: number): void {
    this.page = page;
    this.picked = picked;
    this.note = '';
    if (picked === undefined) this.host.focus('lesson-title');
    this.element.requestUpdate();
  }

  render(step: LearningStep, busy: boolean): TemplateResult {
    const lang = this.host.lang();
    return renderLesson({
      lang,
      lesson: this.lesson!,
      page: this.page,
      ...(this.picked === undefined ? {} : { picked: this.picked }),
      busy,
      root: this.element.renderRoot,
      redraw: () => this.element.requestUpdate(),
      note: this.note,
      say: (text) => {
        this.note = text;
        this.element.requestUpdate();
      },
      go: (page) => this.turn(page),
      pick: (picked) => this.turn(this.page, picked),
      close: () => {
        this.openFor = undefined;
        this.host.focus(`status-${step.skillId}`);
        this.element.requestUpdate();
      },
      finish: () => {
        this.openFor = undefined;
        void this.host.done(
          () => this.host.client().request(routes.completeMyLesson, { params: { skillId: step.skillId } }),
          lessonTexts.get(lang).saved,
        );
      },
    });
  }
}

function renderLesson(port: LessonPort): TemplateResult {
  const { lang, lesson, page: n, picked } = port;
  const t = lessonTexts.get(lang, port.redraw);
  adopt(port.root, styles);
  const page = lesson.pages[n]!;
  const last = n === lesson.pages.length - 1;
  const question = page.question;
  const chosen = question && picked !== undefined ? question.options[picked] : undefined;
  const spoken = [
    inLang(page.text, lang),
    question && inLang(question.prompt, lang),
    ...(question?.options.map((o) => inLang(o.text, lang)) ?? []),
    chosen && inLang(chosen.feedback, lang),
  ]
    .filter(Boolean)
    .join('. ');
  let picture: TemplateResult | typeof nothing = nothing;
  if (page.picture?.scene) {
    adopt(port.root, artStyles);
    picture = drawing(page.picture.scene, sayScene(lang, port.redraw)) ?? nothing;
  } else if (page.picture?.url)
    picture = html`<img class="picture" src=${page.picture.url} alt=${page.picture.alt ? inLang(page.picture.alt, lang) : ''} />`;
  return html`<section class="lesson" aria-labelledby="lesson-title">
    <h5 id="lesson-title" tabindex="-1">${inLang(lesson.title, lang)}</h5>
    <p class="muted">${t.page(n + 1, lesson.pages.length)}</p>
    <progress max=${lesson.pages.length} value=${n + 1} aria-label=${t.page(n + 1, lesson.pages.length)}></progress>
    ${picture}
    <p class="lesson-text">${inLang(page.text, lang)}</p>
    ${
      question
        ? html`<fieldset class="question">
            <legend>${inLang(question.prompt, lang)}</legend>
            <p class="muted">${t.think}</p>
            ${question.options.map(
              (o, i) =>
                html`<button
                  type="button"
                  class="secondary option"
                  aria-pressed=${picked === i ? 'true' : 'false'}
                  @click=${() => port.pick(i)}
                >
                  ${inLang(o.text, lang)}
                </button>`,
            )}
            <p class="feedback ${chosen?.good ? 'good' : ''}" role="status">
              ${chosen ? `${chosen.good ? t.good : t.notQuite} ${inLang(chosen.feedback, lang)}` : ''}
            </p>
          </fieldset>`
        : nothing
    }
    ${
      canSpeak()
        ? html`<button
            type="button"
            class="secondary"
            @click=${() => speak(spoken, lang, () => port.say(t.noVoice))}
          >
            ${speakerIcon} ${t.readAloud}
          </button>`
        : nothing
    }
    <p class="muted speech-note" role="status">${port.note}</p>
    <div class="actions">
      ${n > 0 ? html`<button type="button" class="secondary" @click=${() => port.go(n - 1)}>${t.previous}</button>` : nothing}
      ${
        last
          ? html`<button type="button" ?disabled=${port.busy} @click=${port.finish}>${t.finish}</button>`
          : html`<button type="button" @click=${() => port.go(n + 1)}>${t.next}</button>`
      }
      <button type="button" class="secondary" @click=${port.close}>${t.close}</button>
    </div>
  </section>`;
}
