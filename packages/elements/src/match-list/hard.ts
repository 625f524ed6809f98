/**
 * Hard requirements: the certificates, licences and physical conditions a job asks for besides
 * skills, required ("verplicht") or preferred ("gewenst"). They never change the score, so they
 * are shown apart from it, both ways: to a job seeker (a job's or occupation's details, a
 * request) whether they have each, to an employer (a candidate's details, an applicant) whether
 * the candidate has it and who says so. The job seeker ticks what they have (jobs mode); the
 * employer lists only candidates who hold the ones ticked (candidates mode).
 *
 * A lazy part of the modes: the catalog's labels and these texts (both languages) load with a
 * mode, never with the list's entry. State is kept per list (its loader) or per client (whose
 * token it is), not in the element.
 */
import { html, nothing } from 'lit';
import { routes, type Client, type HeldSource, type Lang, type Match } from '@pfw/contract';
import { hardRequirements } from '@pfw/core/hard-requirements';
import type { MatchLoader } from './loader.js';
import type { ModeContext, Part } from './mode.js';

type Kind = 'certificate' | 'licence' | 'physical';
/** A hard requirement of a job beside what the person holds (a match, a request, an application). */
type HardRequirementFit = NonNullable<Match['hardRequirements']>[number];
type Need = Pick<HardRequirementFit, 'id' | 'required'>;

const nl = {
  seekerTitle: 'Wat dit werk ook vraagt',
  employerTitle: 'Wat de baan ook vraagt',
  notInScore: 'Dit telt niet mee in de score.',
  required: 'verplicht',
  preferred: 'gewenst',
  confirmed: 'bevestigd',
  /** What the job seeker is told per item; a physical condition is something you can do, not something you have. */
  seeker: {
    have: 'Jij hebt dit',
    haveNot: 'Heb je nog niet',
    can: 'Jij kunt dit',
    canNot: 'Nog niet ingevuld',
  },
  /** What the employer is told per item, and who says so. */
  employer: {
    self: 'Heeft dit (zegt kandidaat zelf)',
    confirmed: 'Heeft dit (bevestigd)',
    none: 'Heeft dit niet (of nog niet gezegd)',
    canSelf: 'Kan dit (zegt kandidaat zelf)',
    canConfirmed: 'Kan dit (bevestigd)',
    canNone: 'Nog niet gezegd',
  },
  panel: 'Jouw certificaten en rijbewijs',
  filled: (n: number) => (n ? `${n} ingevuld` : 'Nog niets ingevuld'),
  intro: 'Vink aan wat je hebt. Werkgevers zien het naast je score. Het telt niet mee in de score.',
  kinds: { certificate: 'Certificaten', licence: 'Rijbewijzen', physical: 'Werk dat je kunt doen' } as Record<
    Kind,
    string
  >,
  noReason: 'Vink aan wat je kunt. Je hoeft nooit te zeggen waarom iets niet kan.',
  /** Physical conditions as tasks: what you can do (never a question about health). */
  tasks: {
    'zwaar-tillen': 'Ik kan zwaar tillen (tot 25 kilo)',
    'lang-staan': 'Ik kan lang staan of lopen',
    'werken-op-hoogte': 'Ik kan werken op hoogte',
  } as Record<string, string>,
  save: 'Opslaan',
  saved: 'Opgeslagen',
  only: 'Alleen kandidaten met:',
  noneHolds: 'Geen kandidaten die dit allemaal hebben. Vink minder aan.',
};

const en: typeof nl = {
  seekerTitle: 'What this work also asks',
  employerTitle: 'What the job also asks',
  notInScore: 'This does not count in the score.',
  required: 'required',
  preferred: 'preferred',
  confirmed: 'confirmed',
  seeker: {
    have: 'You have this',
    haveNot: 'You do not have this yet',
    can: 'You can do this',
    canNot: 'Not filled in yet',
  },
  employer: {
    self: 'Has this (the candidate says so)',
    confirmed: 'Has this (confirmed)',
    none: 'Does not have this (or has not said so yet)',
    canSelf: 'Can do this (the candidate says so)',
    canConfirmed: 'Can do this (confirmed)',
    canNone: 'Has not said so yet',
  },
  panel: 'Your certificates and driving licence',
  filled: (n: number) => (n ? `${n} filled in` : 'Nothing filled in yet'),
  intro: 'Tick what you have. Employers see it next to your score. It does not count in the score.',
  kinds: { certificate: 'Certificates', licence: 'Driving licences', physical: 'Work you can do' },
  noReason: 'Tick what you can do. You never have to say why something is not possible.',
  tasks: {
    'zwaar-tillen': 'I can lift heavy things (up to 25 kilos)',
    'lang-staan': 'I can stand or walk for a long time',
    'werken-op-hoogte': 'I can work at heights',
  },
  save: 'Save',
  saved: 'Saved',
  only: 'Only candidates with:',
  noneHolds: 'No candidates have all of these. Tick fewer.',
};

export const hardTexts = (lang: Lang): typeof nl => (lang === 'en' ? en : nl);

const KINDS: Kind[] = ['certificate', 'licence', 'physical'];
const catalog = new Map(hardRequirements.map((h) => [h.id, h]));
const labelOf = (id: string, lang: Lang): string => catalog.get(id)?.label[lang] ?? id;

/**
 * The hard requirements of one match, request or application: label, required or preferred, and
 * whether the person has it, in words with a mark (not colour alone). `employer`: said of the
 * candidate; otherwise to the job seeker, with what they ticked (`mine`) when it is known.
 */
export function renderHard(
  ctx: ModeContext,
  items: readonly HardRequirementFit[] | undefined,
  employer: boolean,
  mine?: ReadonlyMap<string, HeldSource>,
): Part {
  if (!items?.length) return nothing;
  const texts = hardTexts(ctx.lang);
  // One block: in a request (a grid) it is one item.
  return html`<div>
    <h4>${employer ? texts.employerTitle : texts.seekerTitle}</h4>
    <ul class="request-fits hard">
      ${items.map((item) => {
        const held = mine ? (mine.get(item.id) ?? null) : item.held;
        const has = hasText(texts, held, catalog.get(item.id)?.kind === 'physical', employer);
        return html`<li class=${held ? 'helped' : 'hurt'}>
          <span aria-hidden="true">${held ? '✓' : '○'}</span>
          ${labelOf(item.id, ctx.lang)}, ${item.required ? texts.required : texts.preferred}: ${has}
        </li>`;
      })}
    </ul>
    <p>${texts.notInScore}</p>
  </div>`;
}

/** Whether the person has it, in words: to the job seeker, or said of the candidate (and who says so). */
function hasText(texts: typeof nl, held: HeldSource | null, physical: boolean, employer: boolean): string {
  if (employer) {
    const e = texts.employer;
    if (physical) return held === 'confirmed' ? e.canConfirmed : held ? e.canSelf : e.canNone;
    return held === 'confirmed' ? e.confirmed : held ? e.self : e.none;
  }
  const s = texts.seeker;
  const said = held ? (physical ? s.can : s.have) : physical ? s.canNot : s.haveNot;
  return held === 'confirmed' ? `${said} (${texts.confirmed})` : said;
}

/** What the job seeker holds, per client (whose token it is): loaded once, again after a save. */
let heldBy = new WeakMap<Client, { items?: Map<string, HeldSource> }>();

/**
 * The job seeker's lists on the page that show hard requirements (jobs, careers), by their
 * loader: after a save every one loads again, so an open careers list does not keep saying
 * "Heb je nog niet" for what was just ticked in the jobs list.
 */
const seekerLists = new Map<MatchLoader, () => Promise<void>>();

/** A job seeker's list (jobs, careers): loads again when the job seeker saves what they hold. */
export function followHeld(ctx: ModeContext): void {
  seekerLists.set(ctx.data, ctx.reload);
}

/** The panels that were just saved: "Opgeslagen" shows beside the button until the next change. */
const justSaved = new WeakSet<MatchLoader>();

/** What this job seeker holds, once loaded (a load starts on the first call). */
export function heldOf(ctx: ModeContext): Map<string, HeldSource> | undefined {
  let entry = heldBy.get(ctx.client);
  if (!entry) {
    const loading: { items?: Map<string, HeldSource> } = {};
    entry = loading;
    heldBy.set(ctx.client, entry);
    ctx.client
      .request(routes.getMyHardRequirements)
      .then((list) => {
        loading.items = new Map(list.items.map((h) => [h.id, h.source]));
        ctx.data.changed();
      })
      .catch((error: unknown) => ctx.report(error));
  }
  return entry.items;
}

/** Save what is ticked (confirmed ones stay as they are), say so, and load the list again. */
async function save(ctx: ModeContext, form: HTMLFormElement): Promise<void> {
  const texts = hardTexts(ctx.lang);
  const items = [...form.querySelectorAll<HTMLInputElement>('input:checked:not(:disabled)')].map((i) => ({
    id: i.value,
  }));
  try {
    const list = await ctx.client.request(routes.putMyHardRequirements, { body: { items } });
    // Every list's copy is stale now: this one gets the answer, the others load again.
    heldBy = new WeakMap();
    heldBy.set(ctx.client, { items: new Map(list.items.map((h) => [h.id, h.source])) });
    justSaved.add(ctx.data);
    ctx.notify(texts.saved);
    seekerLists.set(ctx.data, ctx.reload);
    await Promise.all([...seekerLists.values()].map((reload) => reload()));
  } catch (error) {
    ctx.notify(ctx.report(error).detail ?? ctx.t.loadError);
  }
}

/**
 * "Jouw certificaten en rijbewijs": a collapsed panel above the list (jobs mode) where the job
 * seeker ticks what they have, grouped by kind. Physical conditions are tasks ("Ik kan …").
 */
export function renderHeldPanel(ctx: ModeContext): Part {
  const held = heldOf(ctx);
  if (!held) return nothing;
  const texts = hardTexts(ctx.lang);
  return html`<details part="held" class="requests">
    <summary>${texts.panel}: ${texts.filled(held.size)}</summary>
    <form
      @submit=${(e: SubmitEvent) => (e.preventDefault(), void save(ctx, e.target as HTMLFormElement))}
      @change=${() => justSaved.delete(ctx.data) && ctx.data.changed()}
    >
      <p>${texts.intro}</p>
      ${KINDS.map(
        (kind) => html`<fieldset>
          <legend>${texts.kinds[kind]}</legend>
          ${kind === 'physical' ? html`<p>${texts.noReason}</p>` : nothing}
          <ul class="request-fits">
            ${hardRequirements
              .filter((h) => h.kind === kind)
              .map((h) => {
                const source = held.get(h.id);
                return html`<li>
                  <label class="check"
                    ><input
                      type="checkbox"
                      name="held"
                      value=${h.id}
                      .checked=${Boolean(source)}
                      ?disabled=${source === 'confirmed'}
                    />
                    ${(kind === 'physical' && texts.tasks[h.id]) || h.label[ctx.lang]}${
                      source === 'confirmed' ? ` (${texts.confirmed})` : ''
                    }</label
                  >
                </li>`;
              })}
          </ul>
        </fieldset>`,
      )}
      <div class="actions">
        <button class="primary" type="submit">${texts.save}</button>
        ${justSaved.has(ctx.data) ? html`<span class="saved"><span aria-hidden="true">✓</span> ${texts.saved}</span>` : nothing}
      </div>
    </form>
  </details>`;
}

/** The employer's filter, per list: the job it is for, that job's hard requirements, and the ones ticked. */
const filters = new WeakMap<MatchLoader, { job: string; needs: Need[]; holds: string[] }>();

function filterOf(ctx: ModeContext, job: string): { job: string; needs: Need[]; holds: string[] } {
  let filter = filters.get(ctx.data);
  if (filter?.job !== job) filters.set(ctx.data, (filter = { job, needs: [], holds: [] }));
  // The job's hard requirements, from the first candidates loaded (each lists them all, required first).
  const first = ctx.data.loaded[0];
  if (!filter.needs.length && first?.jobProfileId === job) filter.needs = first.hardRequirements ?? [];
  return filter;
}

/** The ids the employer ticked, for `holds` (undefined when none). */
export function holdsFor(ctx: ModeContext, job: string): string | undefined {
  return filterOf(ctx, job).holds.join(',') || undefined;
}

/** "Alleen kandidaten met:": one checkbox per hard requirement of the job; a change loads the list again. */
export function renderHoldsFilter(ctx: ModeContext, job: string): Part {
  const filter = filterOf(ctx, job);
  if (!filter.needs.length) return nothing;
  const texts = hardTexts(ctx.lang);
  const toggle = (id: string, on: boolean) => {
    filter.holds = filter.needs.map((n) => n.id).filter((n) => (n === id ? on : filter.holds.includes(n)));
    void ctx.reload();
  };
  return html`<fieldset part="holds" class="requests">
    <legend>${texts.only}</legend>
    <div class="actions">
      ${filter.needs.map(
        (n) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${filter.holds.includes(n.id)}
              @change=${(e: Event) => toggle(n.id, (e.target as HTMLInputElement).checked)}
            />
            ${labelOf(n.id, ctx.lang)}, ${n.required ? texts.required : texts.preferred}</label
          >`,
      )}
    </div>
    <p>${texts.notInScore}</p>
  </fieldset>`;
}
