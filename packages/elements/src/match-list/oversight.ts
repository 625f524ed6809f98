/**
 * People decide, the ranking advises (EU AI Act art. 14), in the employer's list: a note that the
 * order is advice, and per candidate "Niet geschikt?" — set them aside for this job with a
 * reason, which takes them out of the list and is kept for the partner's oversight. The last one
 * set aside can be put back. Part of the candidates mode's lazy chunk.
 */
import { html, nothing } from 'lit';
import { routes, type Match } from '@pfw/contract';
import type { ModeContext, Part } from './mode.js';

const nl = {
  advice:
    'Deze volgorde is een advies van de computer. De score meet niet alles. Kijk zelf ook naar de uitleg: jij beslist.',
  notSuitable: 'Niet geschikt voor deze vacature?',
  why: 'Waarom niet?',
  reasons: [
    'Mist een papier of eis die niet in de score staat',
    'Andere regio of andere uren',
    'Al gesproken of al aan het werk',
  ],
  other: 'Anders, namelijk:',
  setAside: 'Zet opzij',
  setAsideDone: (who: string) => `${who} staat opzij voor deze vacature. De reden is bewaard.`,
  putBack: (who: string) => `Zet ${who} terug`,
  putBackDone: (who: string) => `${who} staat weer in de lijst.`,
  needReason: 'Kies of schrijf een reden.',
};
type Texts = typeof nl;
const en: Texts = {
  advice:
    "This order is the computer's advice. The score does not measure everything. Read the explanation too: you decide.",
  notSuitable: 'Not suitable for this vacancy?',
  why: 'Why not?',
  reasons: [
    'Lacks a paper or demand that is not in the score',
    'Another region or other hours',
    'Already spoken to, or already working',
  ],
  other: 'Other, namely:',
  setAside: 'Set aside',
  setAsideDone: (who) => `${who} is set aside for this vacancy. The reason is kept.`,
  putBack: (who) => `Put ${who} back`,
  putBackDone: (who) => `${who} is back in the list.`,
  needReason: 'Choose or write a reason.',
};
// The employer's side: Dutch or English (#25 asks English at least for employers).
const textsOf = (lang: string): Texts => (lang === 'nl' ? nl : en);

/** The last candidate set aside per list, to put back. */
const lastSetAside = new WeakMap<object, { job: string; candidate: string }>();

/** Above the list: the order is advice; and "put back" for the last one set aside. */
export function renderAdvice(ctx: ModeContext, job: string): Part {
  const texts = textsOf(ctx.lang);
  const last = lastSetAside.get(ctx.data);
  return html`<p part="advice" class="advice">${texts.advice}</p>
    ${
      last?.job === job
        ? html`<p><button type="button" @click=${() => putBack(ctx, job, last.candidate)}>${texts.putBack(last.candidate)}</button></p>`
        : nothing
    }`;
}

/** In a candidate's details: "Niet geschikt?" with a reason. */
export function renderSetAside(ctx: ModeContext, job: string, m: Match): Part {
  if (!m.candidate) return nothing;
  const texts = textsOf(ctx.lang);
  const candidate = m.candidate;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const chosen = String(data.get('reason') ?? '');
    const reason = chosen === 'other' ? String(data.get('other') ?? '').trim() : chosen;
    if (reason.length < 3) return ctx.notify(texts.needReason);
    void setAside(ctx, job, candidate, reason);
  };
  return html`<details part="set-aside" class="set-aside">
    <summary>${texts.notSuitable}</summary>
    <form @submit=${submit}>
      <fieldset>
        <legend>${texts.why}</legend>
        ${texts.reasons.map(
          (reason) =>
            html`<label class="check"><input type="radio" name="reason" .value=${reason} required /> ${reason}</label>`,
        )}
        <label class="check"><input type="radio" name="reason" value="other" required /> ${texts.other}</label>
        <input type="text" name="other" maxlength="500" aria-label=${texts.other} />
      </fieldset>
      <button type="submit">${texts.setAside}</button>
    </form>
  </details>`;
}

async function setAside(ctx: ModeContext, job: string, candidate: string, reason: string): Promise<void> {
  try {
    await ctx.client.request(routes.rejectCandidate, { params: { id: job }, body: { candidate, reason } });
    lastSetAside.set(ctx.data, { job, candidate });
    ctx.notify(textsOf(ctx.lang).setAsideDone(candidate));
    ctx.emit('pfw-candidate-set-aside', { jobProfileId: job, candidate, reason });
    await ctx.reload();
  } catch (error) {
    ctx.notify(ctx.report(error).detail ?? ctx.t.loadError);
  }
}

async function putBack(ctx: ModeContext, job: string, candidate: string): Promise<void> {
  try {
    await ctx.client.request(routes.undoRejection, { params: { id: job, candidate } });
    lastSetAside.delete(ctx.data);
    ctx.notify(textsOf(ctx.lang).putBackDone(candidate));
    ctx.emit('pfw-candidate-put-back', { jobProfileId: job, candidate });
    await ctx.reload();
  } catch (error) {
    ctx.notify(ctx.report(error).detail ?? ctx.t.loadError);
  }
}
