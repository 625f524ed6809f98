/**
 * The goal chooser of <pfw-learning-path>, a lazy part: most visits show a plan, so the careers,
 * vacancies and employers' onboarding paths to choose from (and their schemas) load only when
 * someone chooses a goal.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  listCareerGoals,
  listVacancyGoals,
  routes,
  type CareerGoal,
  type Client,
  type CommunityPath,
  type TextLang,
  type LearningGoalKind,
  type VacancyGoal,
} from '@pfw/contract';
import type { Messages } from './i18n/nl.js';
import { inLang, comma, tagOf } from '../base/locale.js';

/** How many careers and vacancies the goal chooser offers: a choice a person can read on a phone. */
const CAREER_CHOICES = 6;
const VACANCY_CHOICES = 4;
/** The partner's community paths come most followed first: the best known are offered. */
const COMMUNITY_CHOICES = 4;
/** How far down the ranking it looks for goals that still have something to learn. */
const CAREERS_READ = 40;
const VACANCIES_READ = 20;

/** The best `n` that still have something to learn (a plan has steps), then the best of the rest. */
const goalsToOffer = <T extends { gaps: unknown[] }>(ranked: T[], n: number) =>
  [...ranked.filter((g) => g.gaps.length), ...ranked.filter((g) => !g.gaps.length)].slice(0, n);

/** "occupation:stratenmaker", "job:<id>" or "community:<id>" (the `goal` attribute and the chooser's values). */
const goalKey = (kind: LearningGoalKind, id: string) => `${kind}:${id}`;

export interface Goals {
  careers: CareerGoal[];
  /** Every other occupation, to choose from a list: the one a person wants may not fit best. */
  otherCareers: CareerGoal[];
  vacancies: VacancyGoal[];
  /** Onboarding paths that employers of the partner share. */
  community: CommunityPath[];
}

/** The careers and vacancies that fit best and still have something to learn, and the best-known community paths. */
export async function loadGoals(client: Client): Promise<Goals> {
  const [careers, vacancies, community] = await Promise.all([
    client.request(listCareerGoals, { query: { limit: CAREERS_READ } }),
    client.request(listVacancyGoals, { query: { limit: VACANCIES_READ } }),
    client.request(routes.listCommunityPaths),
  ]);
  const offered = goalsToOffer(careers.items, CAREER_CHOICES);
  return {
    careers: offered,
    otherCareers: careers.items.filter((c) => !offered.includes(c)),
    vacancies: goalsToOffer(vacancies.items, VACANCY_CHOICES),
    community: community.items.slice(0, COMMUNITY_CHOICES),
  };
}

/** What the chooser needs of its element. */
export interface ChooserPort extends Goals {
  t: Messages;
  lang: TextLang;
  /** The certificates and licences a goal requires that the person has not ticked, in words ('' when none). */
  papers(goal: CareerGoal | VacancyGoal): string;
  /** The goal of the plan now, and a goal the page asked to offer first (`goal` attribute). */
  current?: { kind: LearningGoalKind; id: string };
  preset?: string;
  /** A plan exists: choosing makes a new one (say so), and cancelling goes back to it. */
  replacing: boolean;
  busy: boolean;
  /** Nothing was chosen: said at the choices (and by the button). */
  error?: string;
  /** What happened to the last try (saving failed): said by the button. */
  message?: string;
  /** A goal was picked: the error goes. */
  picked(): void;
  submit(event: SubmitEvent): void;
  cancel(): void;
}

/**
 * "Een ander beroep" and a list of every other occupation, by name: choosing one in the list
 * chooses this option (the form sends `goal=other` and the occupation as `other`).
 */
function renderOther(p: ChooserPort, checked: string | undefined): TemplateResult {
  const { t, lang } = p;
  const others = [...p.otherCareers].sort((a, b) =>
    inLang(a.title, lang).localeCompare(inLang(b.title, lang), tagOf(lang)),
  );
  const chosen = others.some((c) => goalKey('occupation', c.occupationId) === checked);
  return html`<label class="choice">
      <input type="radio" name="goal" value="other" .checked=${chosen} />
      <span>${t.otherCareer}</span>
    </label>
    <select
      name="other"
      aria-label=${t.otherCareer}
      @change=${(e: Event) => {
        const radio = (e.target as HTMLSelectElement).form?.querySelector<HTMLInputElement>('input[value=other]');
        if (radio) radio.checked = true;
      }}
    >
      <option value="">${t.pickCareer}</option>
      ${others.map((c) => {
        const key = goalKey('occupation', c.occupationId);
        return html`<option value=${key} ?selected=${key === checked}>
          ${inLang(c.title, lang)} (${t.fits(c.score)})
        </option>`;
      })}
    </select>`;
}

/** A goal's line: how it fits, what is left to learn, and a required licence or certificate not ticked. */
function detail(p: ChooserPort, goal: CareerGoal | VacancyGoal, parts: string[]): string {
  const papers = p.papers(goal);
  return [...parts, ...(papers ? [p.t.papersNeeded(papers)] : [])].join(comma(p.lang));
}

export function renderChooser(p: ChooserPort): TemplateResult {
  const { t, lang } = p;
  const checked = p.preset ?? (p.current && goalKey(p.current.kind, p.current.id));
  const choice = (value: string, label: string, detail: string, more?: string) => {
    const below = more ? html`<br /><span class="muted">${more}</span>` : nothing;
    return html`<label class="choice">
      <input
        type="radio"
        name="goal"
        value=${value}
        .checked=${value === checked}
        aria-invalid=${p.error ? 'true' : nothing}
        aria-describedby=${p.error ? 'goal-error' : nothing}
      />
      <span>${label} <span class="muted">(${detail})</span>${below}</span>
    </label>`;
  };
  return html`<h3 id="choose-title" tabindex="-1">${t.chooseTitle}</h3>
    <p>${t.chooseIntro}</p>
    ${p.replacing ? html`<p class="muted">${t.newPlanWarning}</p>` : nothing}
    <form @submit=${p.submit} @change=${p.picked} novalidate>
      ${
        p.careers.length
          ? html`<fieldset>
            <legend>${t.careers}</legend>
            ${p.careers.map((c) =>
              choice(
                goalKey('occupation', c.occupationId),
                inLang(c.title, lang),
                detail(p, c, [t.fits(c.score), t.toLearn(c.gaps.length)]),
              ),
            )}
            ${p.otherCareers.length ? renderOther(p, checked) : nothing}
          </fieldset>`
          : nothing
      }
      ${
        p.vacancies.length
          ? html`<fieldset>
            <legend>${t.vacancies}</legend>
            ${p.vacancies.map((v) =>
              choice(
                goalKey('job', v.jobProfileId),
                v.job.title,
                detail(p, v, [t.at(v.job.employerName), t.fits(v.score), t.toLearn(v.gaps.length)]),
              ),
            )}
          </fieldset>`
          : nothing
      }
      ${
        p.community.length
          ? html`<fieldset>
            <legend>${t.community}</legend>
            ${p.community.map((c) =>
              choice(
                goalKey('community', c.id),
                c.title,
                [inLang(c.occupationTitle, lang), t.stepCount(c.steps.length)].join(comma(lang)),
                t.sharedBy(c.members),
              ),
            )}
          </fieldset>`
          : nothing
      }
      ${p.error ? html`<p id="goal-error" class="error">${p.error}</p>` : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${p.busy}>${t.makePlan}</button>
        ${p.replacing ? html`<button type="button" class="secondary" @click=${p.cancel}>${t.cancel}</button>` : nothing}
      </div>
      <p class="message" role="status">${p.message ?? ''}</p>
    </form>`;
}
