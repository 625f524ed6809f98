/**
 * People decide, the ranking advises (EU AI Act art. 14), in the employer's list: a note that the
 * order is advice, and per candidate "Niet geschikt?" — set them aside for this job with a
 * reason, which takes them out of the list and is kept for the partner's oversight. The last one
 * set aside can be put back. Part of the candidates mode's lazy chunk.
 */
import { html, nothing } from 'lit';
import { routes, type Match } from '@pfw/contract';
import { attemptsOf, type ModeContext, type Part } from './mode.js';
import { peopleTexts } from './people-texts.js';

const nl = {
  advice:
    'Deze volgorde is een advies van de computer. De score meet niet alles. Kijk zelf ook naar de uitleg: jij beslist.',
  notSuitable: 'Niet geschikt voor deze vacature?',
  why: 'Waarom niet?',
  reasons: [
    'Mist een diploma, certificaat of andere eis die niet in de score staat',
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
    'Lacks a diploma, certificate or other demand that is not in the score',
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
/** English in a list that speaks another language (Arabic): said so, and left to right. */
const english = (lang: string) => (lang === 'nl' || lang === 'en' ? {} : { lang: 'en', dir: 'ltr' });

/** The last candidate set aside per list, to put back (`back`: put back, said where the button was). */
const lastSetAside = new WeakMap<object, { job: string; candidate: string; back?: boolean }>();

/** Above the list: the order is advice; and, for the last one set aside, that it was done and "put back". */
export function renderAdvice(ctx: ModeContext, job: string): Part {
  const texts = textsOf(ctx.lang);
  const last = lastSetAside.get(ctx.data);
  const { lang, dir } = english(ctx.lang);
  return html`<p part="advice" class="advice" lang=${lang ?? nothing} dir=${dir ?? nothing}>${texts.advice}</p>
    ${
      last?.job !== job
        ? nothing
        : last.back
          ? html`<p class="put-back-done" tabindex="-1" lang=${lang ?? nothing} dir=${dir ?? nothing}>
              ${texts.putBackDone(last.candidate)}
            </p>`
          : html`<p lang=${lang ?? nothing} dir=${dir ?? nothing}>
              ${texts.setAsideDone(last.candidate)}
              <button type="button" class="put-back" @click=${() => putBack(ctx, job, last.candidate)}>
                ${texts.putBack(last.candidate)}
              </button>
            </p>`
    }`;
}

/** In a candidate's details: "Niet geschikt?" with a reason. Done, the details close. */
export function renderSetAside(ctx: ModeContext, job: string, m: Match, close: () => void): Part {
  if (!m.candidate) return nothing;
  const texts = textsOf(ctx.lang);
  const candidate = m.candidate;
  const tries = attemptsOf(ctx);
  const key = `set-aside ${candidate}`;
  const wrong = tries.get(key);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const chosen = String(data.get('reason') ?? '');
    const reason = chosen === 'other' ? String(data.get('other') ?? '').trim() : chosen;
    if (reason.length < 3) {
      tries.set(key, texts.needReason);
      ctx.notify(texts.needReason);
      ctx.redraw();
      ctx.focus(chosen === 'other' ? '.set-aside input[name=other]' : '.set-aside input[name=reason]');
      return;
    }
    void setAside(ctx, job, candidate, reason, close);
  };
  // Writing a reason of one's own chooses "Anders".
  const typed = (event: InputEvent) => {
    const other = (event.target as HTMLInputElement).form?.querySelector<HTMLInputElement>('input[value=other]');
    if (other) other.checked = true;
  };
  const { lang, dir } = english(ctx.lang);
  return html`<details
    part="set-aside"
    class="set-aside"
    lang=${lang ?? nothing}
    dir=${dir ?? nothing}
    ?open=${wrong !== undefined}
  >
    <summary>${texts.notSuitable}</summary>
    <form @submit=${submit} novalidate>
      <fieldset aria-describedby=${wrong ? 'set-aside-error' : nothing}>
        <legend>${texts.why}</legend>
        ${wrong ? html`<p class="field-error" id="set-aside-error">${wrong}</p>` : nothing}
        ${texts.reasons.map(
          (reason) =>
            html`<label class="check"><input type="radio" name="reason" .value=${reason} /> ${reason}</label>`,
        )}
        <label class="check"><input type="radio" name="reason" value="other" /> ${texts.other}</label>
        <input type="text" name="other" maxlength="500" aria-label=${texts.other} @input=${typed} />
      </fieldset>
      <button type="submit">${texts.setAside}</button>
    </form>
  </details>`;
}

async function setAside(
  ctx: ModeContext,
  job: string,
  candidate: string,
  reason: string,
  close: () => void,
): Promise<void> {
  const tries = attemptsOf(ctx);
  const key = `set-aside ${candidate}`;
  // A second tap while the first is sent does nothing.
  if (tries.get(key) === '') return;
  tries.set(key, '');
  try {
    await ctx.client.request(routes.rejectCandidate, { params: { id: job }, body: { candidate, reason } });
    tries.delete(key);
    lastSetAside.set(ctx.data, { job, candidate });
    ctx.notify(textsOf(ctx.lang).setAsideDone(candidate));
    ctx.emit('pfw-candidate-set-aside', { jobProfileId: job, candidate, reason });
    // They are out of the list: their explanation closes, and the keyboard goes to what says so (and undoes it).
    close();
    await ctx.reload();
    ctx.focus('.put-back');
  } catch (error) {
    ctx.report(error);
    const failed = peopleTexts.get(ctx.lang, ctx.redraw).failed;
    tries.set(key, failed);
    ctx.notify(failed);
    ctx.redraw();
  }
}

async function putBack(ctx: ModeContext, job: string, candidate: string): Promise<void> {
  try {
    await ctx.client.request(routes.undoRejection, { params: { id: job, candidate } });
    // Said where the button was, which had the keyboard.
    lastSetAside.set(ctx.data, { job, candidate, back: true });
    ctx.notify(textsOf(ctx.lang).putBackDone(candidate));
    ctx.emit('pfw-candidate-put-back', { jobProfileId: job, candidate });
    await ctx.reload();
    ctx.focus('.put-back-done');
  } catch (error) {
    ctx.report(error);
    ctx.notify(peopleTexts.get(ctx.lang, ctx.redraw).failed);
  }
}
