/**
 * Hard requirements: the certificates, licences and physical conditions a job asks for besides
 * skills, required ("verplicht") or preferred ("gewenst"). They never change the score, so they
 * are shown apart from it, both ways: to a job seeker (a job's or occupation's details, a
 * request) whether they have each, to an employer (a candidate's details, an applicant) whether
 * the candidate has it and who says so. The job seeker ticks what they have (jobs mode); the
 * employer lists only candidates who hold the ones ticked (candidates mode).
 *
 * A lazy part of the modes: the catalog and these texts (Dutch and English; others each a chunk) load with a
 * mode, never with the list's entry. The list itself (what is held, in words) is hard-list.ts,
 * which a learning plan shows too. State is kept per list (its loader) or per client (whose
 * token it is), not in the element.
 */
import { html, nothing } from 'lit';
import { routes, type Client, type HeldSource } from '@pfw/contract';
import { hardRequirements } from '@pfw/core/hard-requirements';
import type { MatchLoader } from './loader.js';
import type { ModeContext, Part } from './mode.js';
import { comma } from '../base/locale.js';
import { KINDS, hardTexts, type HardRequirementFit } from './hard-list.js';

export { hardTexts, renderHard } from './hard-list.js';

type Need = Pick<HardRequirementFit, 'id' | 'required'>;

/**
 * In a job's row, beside its score: what it requires that the job seeker does not have yet (a
 * good score does not mean they can start), so they need not open the details to find out.
 */
export function renderNeededFirst(
  ctx: ModeContext,
  items: readonly HardRequirementFit[] | undefined,
  mine: ReadonlyMap<string, HeldSource> | undefined,
): Part {
  const texts = hardTexts.get(ctx.lang, ctx.redraw);
  const missing = (items ?? []).filter((i) => i.required && !(mine ? mine.has(i.id) : i.held));
  return missing.length
    ? html`<span class="needed">${texts.neededFirst(missing.map((i) => texts.labels[i.id] ?? i.id).join(comma(ctx.lang)))}</span>`
    : nothing;
}

/** What the job seeker holds, per client (whose token it is): loaded once, again after a save. */
let heldBy = new WeakMap<Client, { items?: Map<string, HeldSource> }>();

/**
 * The job seeker's lists on the page that show hard requirements (jobs, careers), by their
 * loader: after a save every one loads again, so an open careers list does not keep saying
 * "Nog niet aangevinkt" for what was just ticked in the jobs list.
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
  const texts = hardTexts.get(ctx.lang, ctx.redraw);
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
    // A learning plan on the page names what its goal asks too: the page loads it again.
    ctx.emit('pfw-hard-requirements-saved', { items: list.items });
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
  const texts = hardTexts.get(ctx.lang, ctx.redraw);
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
                    ${(kind === 'physical' && texts.tasks[h.id]) || texts.labels[h.id]}${
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
  const texts = hardTexts.get(ctx.lang, ctx.redraw);
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
            ${texts.labels[n.id] ?? n.id}${comma(ctx.lang)}${n.required ? texts.required : texts.preferred}</label
          >`,
      )}
    </div>
    <p>${texts.notInScore}</p>
  </fieldset>`;
}
