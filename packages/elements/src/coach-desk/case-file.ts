/**
 * One participant's case file as the coach sees it: strengths, goal and steps, requests and
 * applications, what is missing, the next action and notes. Render functions over a small port:
 * what they may read, and what they may ask the desk to do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CaseFile, Lang, LearningStep, SkillTexts } from '@pfw/contract';
import type { Messages } from './i18n/nl.js';

export interface CaseFilePort {
  t: Messages;
  lang: Lang;
  skills: ReadonlyMap<string, SkillTexts>;
  busy: boolean;
  /** Which field of which form says what is wrong. */
  invalid?: 'note' | 'next-text' | 'next-due';
  /** A note written earlier and not saved (the coach went back to the list meanwhile). */
  noteDraft: string;
  confirmStep(step: LearningStep): void;
  saveNext(event: SubmitEvent): void;
  addNote(event: SubmitEvent): void;
  print(): void;
  back(): void;
}

/**
 * The name a coach sees: what the participant said they may call them, else the pseudonym; with
 * `same` (another participant goes by that name too) the pseudonym beside it, so two "Sanne"s differ.
 */
export const nameOf = (entry: CaseFile['entry'], same = false): string =>
  entry.called ? (same ? `${entry.called} (${entry.pseudonym})` : entry.called) : entry.pseudonym;

/** The three skills the skillprint says are strongest, as sentences ("Je werkt goed samen."). */
export function strengthsOf(file: CaseFile, skills: ReadonlyMap<string, SkillTexts>, lang: Lang): string[] {
  return [...(file.skillprint?.scores ?? [])]
    .sort((a, b) => b.theta - a.theta)
    .slice(0, 3)
    .map((s) => skills.get(s.skillId)?.strength[lang] ?? s.skillId);
}

const skillName = (port: CaseFilePort, id: string) => port.skills.get(id)?.label[port.lang] ?? id;

function renderStep(port: CaseFilePort, s: LearningStep): TemplateResult {
  const { t } = port;
  const state = s.reached ? t.stepStatus.reached : t.stepStatus[s.status];
  const by = s.proof?.kind === 'coach' && s.proof.coachName ? `, ${t.proofBy(s.proof.coachName)}` : '';
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

const error = (id: string, text: string) => html`<p id=${id} class="error">${text}</p>`;

export function renderCaseFile(port: CaseFilePort, file: CaseFile): TemplateResult {
  const { t, lang } = port;
  const entry = file.entry;
  const path = file.learningPath;
  const strengths = strengthsOf(file, port.skills, lang);
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
  const today = new Date().toISOString().slice(0, 10);
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
                path.steps.length
                  ? t.learning(path.goal.title[lang], path.remaining)
                  : t.nothingToLearn(path.goal.title[lang])
              }
            </p>
            <ul class="steps">
              ${path.steps.map((s) => renderStep(port, s))}
            </ul>`
          : html`<p>${t.noGoal}</p>`
      }
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
          maxlength="300"
          .value=${entry.nextAction?.text ?? ''}
          aria-invalid=${port.invalid === 'next-text' ? 'true' : 'false'}
          aria-describedby=${port.invalid === 'next-text' ? 'next-text-error' : nothing}
        />
        ${port.invalid === 'next-text' ? error('next-text-error', t.needText) : nothing}
        <label for="next-due">${t.nextDue}</label>
        <input
          id="next-due"
          name="due"
          type="date"
          min=${today}
          .value=${entry.nextAction?.due ?? ''}
          aria-invalid=${port.invalid === 'next-due' ? 'true' : 'false'}
          aria-describedby=${port.invalid === 'next-due' ? 'next-due-error' : nothing}
        />
        ${port.invalid === 'next-due' ? error('next-due-error', t.needDue) : nothing}
        <div class="actions"><button id="save-next" type="submit" ?disabled=${port.busy}>${t.saveNext}</button></div>
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
          maxlength="2000"
          rows="4"
          aria-describedby=${port.invalid === 'note' ? 'note-hint note-error' : 'note-hint'}
          aria-invalid=${port.invalid === 'note' ? 'true' : 'false'}
          .value=${port.noteDraft}
        ></textarea>
        ${port.invalid === 'note' ? error('note-error', t.needText) : nothing}
        <div class="actions"><button id="add-note" type="submit" ?disabled=${port.busy}>${t.addNote}</button></div>
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
