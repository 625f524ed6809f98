/**
 * One participant's case file as the coach sees it: strengths, goal and steps, requests and
 * applications, what is missing, the next action and notes. Render functions over a small port:
 * what they may read, and what they may ask the desk to do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { nextActionDays, type CaseFile, type Lang, type LearningStep, type SkillTexts } from '@pfw/contract';
import type { Messages } from './i18n/nl.js';
import { nameInSentence } from '../base/locale.js';

/** The fields a coach writes in, and the places a message about a change is said. */
export type Field = 'note' | 'next-text' | 'next-due';
export type Place = 'top' | 'goal' | 'next' | 'note';

/** At most this many characters (the contract's limits); near it, the field says how many are left. */
export const LIMITS = { 'next-text': 300, note: 2000 } as const;
/** Say what is left from this share of the limit on (a tenth: 30 of 300, 200 of 2000). */
const COUNT_FROM = 0.1;

export interface CaseFilePort {
  t: Messages;
  lang: Lang;
  skills: ReadonlyMap<string, SkillTexts>;
  busy: boolean;
  /** Which field says what is wrong, and what. */
  invalid?: { field: Field; text: string };
  /** What the last change did, said beside what was done (in view, read out). */
  said: { at: Place; text: string };
  /** How long the text in each field is now (for "Nog 12 tekens"). */
  lengths: Partial<Record<keyof typeof LIMITS, number>>;
  /** A note written earlier and not saved (the coach went back to the list meanwhile). */
  noteDraft: string;
  confirmStep(step: LearningStep): void;
  saveNext(event: SubmitEvent): void;
  addNote(event: SubmitEvent): void;
  typed(field: keyof typeof LIMITS, length: number): void;
  print(): void;
  back(): void;
}

/**
 * The name a coach sees: what the participant said they may call them, else the pseudonym; with
 * `same` (another participant goes by that name too) the pseudonym beside it, so two "Sanne"s differ.
 */
export const nameOf = (entry: CaseFile['entry'], same = false): string =>
  entry.called ? (same ? `${entry.called} (${entry.pseudonym})` : entry.called) : entry.pseudonym;

/** The three skills the skillprint says are strongest. */
export const strongestOf = (file: CaseFile) =>
  [...(file.skillprint?.scores ?? [])].sort((a, b) => b.theta - a.theta).slice(0, 3);

export const skillLabel = (skills: ReadonlyMap<string, SkillTexts>, lang: Lang, id: string) =>
  skills.get(id)?.label[lang] ?? id;
const skillName = (port: CaseFilePort, id: string) => skillLabel(port.skills, port.lang, id);

/**
 * Where a participant is on their goal, in one line, from what the server counted (the same
 * rule as the learning path: done is not reached until a measurement shows the level).
 */
export function learningLine(
  t: Messages,
  lang: Lang,
  skills: ReadonlyMap<string, SkillTexts>,
  learning: NonNullable<CaseFile['entry']['learning']>,
): string {
  const goal = learning.goal[lang];
  return learning.steps
    ? t.learning(
        goal,
        learning.remaining,
        learning.notReached.map((id) => skillLabel(skills, lang, id)),
      )
    : t.nothingToLearn(goal);
}

function renderStep(port: CaseFilePort, s: LearningStep): TemplateResult {
  const { t } = port;
  const state = s.reached
    ? t.stepStatus.reached
    : s.status === 'done'
      ? t.stepStatus.doneNotReached
      : t.stepStatus[s.status];
  const by = s.proof?.kind === 'coach' && s.proof.coachName ? `, ${t.proofBy(nameInSentence(s.proof.coachName))}` : '';
  return html`<li>
    ${t.step(skillName(port, s.skillId), s.requiredLevel, s.currentLevel)} — <strong>${state}${by}</strong>
    ${
      // Each measurement since the plan (a retake or a short re-measurement), and growth only when sure.
      s.history?.length
        ? html`<br />${t.measured(s.history.map((h) => h.level))}${s.growth ? ` (${t.growth[s.growth]})` : ''}`
        : nothing
    }
    ${
      s.status !== 'done' && !s.reached
        ? html`<br /><button class="secondary" ?disabled=${port.busy} @click=${() => port.confirmStep(s)}>
            ${t.confirm(skillName(port, s.skillId))}
          </button>`
        : nothing
    }
  </li>`;
}

/** A field's error, when it is the wrong one; and the ids that describe the field. */
function fieldState(port: CaseFilePort, field: Field, hint?: string) {
  const wrong = port.invalid?.field === field ? port.invalid.text : undefined;
  const count = field in LIMITS ? `${field}-count` : undefined;
  return {
    invalid: wrong ? 'true' : 'false',
    describedBy: [hint, wrong ? `${field}-error` : undefined, count].filter(Boolean).join(' ') || nothing,
    error: wrong ? html`<p id="${field}-error" class="error">${wrong}</p>` : nothing,
  };
}

/**
 * How many characters are left, from near the limit on (or how many too many: the field does not
 * cut a text off). A polite live region, so it is read out as it changes, not only seen.
 */
function counter(port: CaseFilePort, field: keyof typeof LIMITS) {
  const max = LIMITS[field];
  const left = max - (port.lengths[field] ?? 0);
  const say = left <= max * COUNT_FROM ? (left >= 0 ? port.t.charsLeft(left) : port.t.charsOver(-left)) : '';
  return html`<p id="${field}-count" class="hint ${left < 0 ? 'over' : ''}" aria-live="polite">${say || nothing}</p>`;
}

/**
 * What the last change did, beside where it was done: a status region that is there before it
 * speaks (no white space in it, so it is :empty when silent).
 */
export function saidAt(said: CaseFilePort['said'], at: Place) {
  const words = said.at === at && said.text ? said.text : nothing;
  return html`<p id="said-${at}" class="message" role="status" tabindex="-1">${words}</p>`;
}

/** The limit of a field, for a check before saving. */
export const tooLong = (field: keyof typeof LIMITS, text: string) => text.length - LIMITS[field];

export function renderCaseFile(port: CaseFilePort, file: CaseFile): TemplateResult {
  const { t, lang } = port;
  const entry = file.entry;
  const path = file.learningPath;
  const strengths = strongestOf(file).map((s) => t.strength(skillName(port, s.skillId), s.level));
  const work = [
    ...file.requests.map((r) => ({
      at: r.createdAt,
      text: `${t.request(r.jobTitle, r.employerName)}: ${t.connectionStatus[r.status]}`,
    })),
    ...file.applications.map((a) => ({
      at: a.createdAt,
      text: `${t.application(a.jobTitle, a.employerName)}: ${t.applicationStatus[a.status]}`,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  const days = nextActionDays();
  const nextText = fieldState(port, 'next-text');
  // A date gone by is not offered again (the field takes none): the form says which it was, and asks for a new one.
  const due = entry.nextAction?.due;
  const past = due !== undefined && due < days.first ? due : undefined;
  const nextDue = fieldState(port, 'next-due', past && 'next-due-past');
  const note = fieldState(port, 'note', 'note-hint');
  return html`<button class="link" @click=${port.back}>← ${t.back}</button>
    <h3 id="file-title" tabindex="-1">${nameOf(entry)}</h3>
    <p class="muted">
      ${entry.called ? html`${entry.pseudonym} · ` : nothing}${t.lastActive(new Date(entry.lastActivityAt))}
    </p>
    <div class="actions">
      <button class="secondary" @click=${port.print}>${t.print}</button>
    </div>

    <section aria-labelledby="strengths-title">
      <h4 id="strengths-title">${t.strengths}</h4>
      ${
        strengths.length
          ? html`<ul>
            ${strengths.map((s) => html`<li>${s}</li>`)}
          </ul>`
          : html`<p>${t.noSkillprint}</p>`
      }
    </section>

    <section aria-labelledby="goal-title">
      <h4 id="goal-title">${t.goalTitle}</h4>
      ${
        path
          ? html`<p>
              ${
                entry.learning
                  ? learningLine(t, lang, port.skills, entry.learning)
                  : t.learning(path.goal.title[lang], path.remaining, [])
              }
            </p>
            <ul class="steps">
              ${path.steps.map((s) => renderStep(port, s))}
            </ul>`
          : html`<p>${t.noGoal}</p>`
      }
      ${saidAt(port.said, 'goal')}
    </section>

    <section aria-labelledby="work-title">
      <h4 id="work-title">${t.work}</h4>
      ${
        work.length
          ? html`<ul>
            ${work.map((w) => html`<li>${w.text}</li>`)}
          </ul>`
          : html`<p>${t.noWork}</p>`
      }
    </section>

    <section aria-labelledby="missing-title">
      <h4 id="missing-title">${t.missingTitle}</h4>
      <p>${t.completeness(entry.completeness)}</p>
      ${
        entry.missing.length
          ? html`<ul>
            ${entry.missing.map((m) => html`<li>${t.missing[m]}</li>`)}
          </ul>`
          : html`<p>${t.nothingMissing}</p>`
      }
    </section>

    <section aria-labelledby="next-title">
      <h4 id="next-title">${t.nextTitle}</h4>
      <form @submit=${port.saveNext} novalidate>
        <label for="next-text">${t.nextText}</label>
        <input
          id="next-text"
          name="text"
          .value=${entry.nextAction?.text ?? ''}
          @input=${(e: InputEvent) => port.typed('next-text', (e.target as HTMLInputElement).value.length)}
          aria-invalid=${nextText.invalid}
          aria-describedby=${nextText.describedBy}
        />
        ${nextText.error} ${counter(port, 'next-text')}
        <label for="next-due">${t.nextDue}</label>
        <input
          id="next-due"
          name="due"
          type="date"
          min=${days.first}
          max=${days.last}
          .value=${past ? '' : (due ?? '')}
          aria-invalid=${nextDue.invalid}
          aria-describedby=${nextDue.describedBy}
        />
        ${past ? html`<p id="next-due-past" class="hint">${t.pastDue(new Date(past))}</p>` : nothing}
        ${nextDue.error}
        <div class="actions"><button id="save-next" type="submit" ?disabled=${port.busy}>${t.saveNext}</button></div>
        ${saidAt(port.said, 'next')}
      </form>
    </section>

    <section aria-labelledby="notes-title">
      <h4 id="notes-title">${t.notesTitle}</h4>
      <form @submit=${port.addNote} novalidate>
        <label for="note">${t.noteLabel}</label>
        <p id="note-hint" class="hint">${t.noteHint}</p>
        <textarea
          id="note"
          name="text"
          rows="4"
          aria-describedby=${note.describedBy}
          aria-invalid=${note.invalid}
          .value=${port.noteDraft}
          @input=${(e: InputEvent) => port.typed('note', (e.target as HTMLTextAreaElement).value.length)}
        ></textarea>
        ${note.error} ${counter(port, 'note')}
        <div class="actions"><button id="add-note" type="submit" ?disabled=${port.busy}>${t.addNote}</button></div>
        ${saidAt(port.said, 'note')}
      </form>
      ${
        file.notes.length
          ? html`<ul class="notes">
            ${file.notes.map(
              (n) => html`<li>
                <span class="muted">${t.day(new Date(n.writtenAt))}</span><br />
                ${n.text}
              </li>`,
            )}
          </ul>`
          : html`<p class="muted">${t.noNotes}</p>`
      }
    </section>`;
}
