/**
 * The list for a job seeker (`mode="jobs"`): their best jobs, what to learn for the ones that
 * almost fit, employers' requests to accept (sharing name and contact details) or decline, and
 * the connections they share, which they can stop (after a second "yes"). What was done stays in
 * view where the request or the sharing was; what is wrong in the form shows under its field.
 */
import { html, nothing } from 'lit';
import {
  Identity,
  PHONE_DIGITS,
  routes,
  type Application,
  type Client,
  type Connection,
  type HeldSource,
  type LearningOffer,
  type Match,
  type Problem,
} from '@pfw/contract';
import { peopleTexts } from './people-texts.js';
import type { PeopleMessages } from './i18n/people.js';
import type { Answer } from './loader.js';
import { act, type Gap, type Mode, type ModeContext, type Part } from './mode.js';
import { renderFitList } from './fits.js';
import { followHeld, hardTexts, heldOf, renderHard, renderHeldPanel, renderNeededFirst } from './hard.js';
import { inLang } from '../base/locale.js';
import { withCovered } from '@pfw/core/hard-requirements';

export function jobsMode(ctx: ModeContext): Mode {
  followHeld(ctx);
  const { t } = ctx;
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  return {
    title: t.jobsTitle,
    empty: t.emptyJobs,
    page: (client, query) => client.request(routes.listMyMatches, { query }),
    name: (m) => m.job?.title ?? '',
    // The row says a job was applied to, also after a reload.
    sub: (m) =>
      m.job
        ? [
            m.job.employerName,
            m.job.region,
            t.hours(m.job.hours.min, m.job.hours.max),
            mine(ctx).items?.has(m.jobProfileId ?? '') ? texts.appliedShown : '',
          ]
        : [],
    places: true,
    top: () => html`${renderDone(ctx)}${renderShared(ctx)}${renderRequests(ctx)}${renderHeldPanel(ctx)}`,
    has: t.youHave,
    hard: (m) => {
      const mine = heldWithCovered(ctx);
      return html`${renderHard(ctx, m.hardRequirements, false, mine)}${renderCertificateOffers(ctx, m, mine)}`;
    },
    status: (m) => renderNeededFirst(ctx, m.hardRequirements, heldWithCovered(ctx)),
    gaps: t.gaps,
    offers: (gap) => renderOffers(ctx, gap),
    action: (m) => {
      const id = m.jobProfileId;
      if (!id) return nothing;
      const said = ctx.data.applied.get(id);
      const { items, asking } = mine(ctx);
      // What was done, where the button was: it takes the keyboard (#applied).
      const done = (text: string) => html`<p class="applied" id="applied" tabindex="-1">${text}</p>`;
      if (!items?.has(id))
        return html`${said ? done(said) : nothing}
          <button type="button" class="primary" @click=${() => apply(ctx, id)}>${texts.interested}</button>`;
      return html`${done(said === texts.applied ? said : texts.appliedShown)}
      ${said === texts.failed ? html`<p class="error">${said}</p>` : nothing}
      ${
        asking === id
          ? html`<div class="confirm" role="group" aria-labelledby="undo-ask">
              <p id="undo-ask">${texts.undoAsk}</p>
              <div class="actions">
                <button type="button" class="primary" @click=${() => undo(ctx, id)}>${texts.undoYes}</button>
                <button type="button" id="undo-no" @click=${() => askUndo(ctx, undefined)}>${texts.undoNo}</button>
              </div>
            </div>`
          : html`<button type="button" id="undo" aria-describedby="applied" @click=${() => askUndo(ctx, id)}>${texts.undo}</button>`
      }`;
    },
  };
}

/** A job seeker's applications that still count (not withdrawn), by job; and the job whose "Trek in" asks to be sure. */
interface Mine {
  items?: Map<string, Application>;
  asking?: string;
  /** Applying or withdrawing is under way: a second press sends nothing. */
  sending?: boolean;
}
/** Per client (whose token it is): read once, then kept as the job seeker applies and withdraws. */
const mineBy = new WeakMap<Client, Mine>();

function mine(ctx: ModeContext): Mine {
  let entry = mineBy.get(ctx.client);
  if (!entry) {
    mineBy.set(ctx.client, (entry = {}));
    void readMine(ctx, entry);
  }
  return entry;
}

async function readMine(ctx: ModeContext, entry: Mine): Promise<void> {
  try {
    const { items } = await ctx.client.request(routes.listMyApplications);
    // Newest first: an older one (declined) does not hide a newer one.
    entry.items = new Map(
      items
        .filter((a) => a.status !== 'withdrawn')
        .reverse()
        .map((a) => [a.jobProfileId, a]),
    );
    ctx.data.changed();
  } catch (error) {
    ctx.report(error);
  }
}

/**
 * "Ik heb interesse": apply on your score. The employer sees the pseudonym and the fit, not the
 * name; what the server says otherwise (not in the talent pool, applied before) is said in words.
 * What happened takes the keyboard, where the button was.
 */
async function apply(ctx: ModeContext, jobProfileId: string): Promise<void> {
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const entry = mine(ctx);
  if (entry.sending) return;
  entry.sending = true;
  let said = texts.applied;
  try {
    const application = await ctx.client.request(routes.applyToJob, { params: { id: jobProfileId }, body: {} });
    (entry.items ??= new Map()).set(jobProfileId, application);
    ctx.emit('pfw-application-sent', { application });
  } catch (error) {
    const type = ctx.report(error).type.split('/').at(-1);
    said =
      type === 'not-in-pool' ? texts.applyJoinPool : type === 'already-applied' ? texts.appliedBefore : texts.failed;
    // Applied before (another tab, another device): read again, so "Trek in" shows.
    if (type === 'already-applied') await readMine(ctx, entry);
  }
  entry.sending = false;
  ctx.data.applied.set(jobProfileId, said);
  ctx.notify(said);
  ctx.data.changed();
  ctx.focus('#applied');
}

/** "Trek in" asks to be sure first; "Nee, toch niet" goes back to it. */
function askUndo(ctx: ModeContext, jobProfileId: string | undefined): void {
  mine(ctx).asking = jobProfileId;
  ctx.data.changed();
  ctx.focus(jobProfileId ? '#undo-no' : '#undo');
}

/**
 * Withdraw the interest: the employer no longer sees it (nor a request it led to). The button
 * "Ik heb interesse" is back, and what was done takes the keyboard.
 */
async function undo(ctx: ModeContext, jobProfileId: string): Promise<void> {
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const entry = mine(ctx);
  const application = entry.items?.get(jobProfileId);
  if (!application || entry.sending) return;
  entry.sending = true;
  let said = texts.undone;
  try {
    const withdrawn = await ctx.client.request(routes.withdrawApplication, { params: { id: application.id } });
    entry.items?.delete(jobProfileId);
    ctx.emit('pfw-application-withdrawn', { application: withdrawn });
    // An invitation it led to is withdrawn with it: the requests above change too.
    if (withdrawn.connectionId) void ctx.reload();
  } catch (error) {
    ctx.report(error);
    said = texts.failed;
  }
  entry.sending = false;
  entry.asking = undefined;
  ctx.data.applied.set(jobProfileId, said);
  ctx.notify(said);
  ctx.data.changed();
  ctx.focus('#applied');
}

/** The learning offers for a gap, best first (a job seeker's: jobs and careers). */
export function offersFor(ctx: ModeContext, gap: Gap): LearningOffer[] {
  return gap.offerIds.map((id) => ctx.data.offers.get(id)).filter((o): o is LearningOffer => Boolean(o));
}

export const offerText = (ctx: ModeContext, o: LearningOffer): string =>
  ctx.t.offer(inLang(o.title, ctx.lang), o.provider.name, o.durationHours);

/** What the job seeker holds, with what their papers also count for (VCA VOL counts as VCA Basis). */
function heldWithCovered(ctx: ModeContext): ReadonlyMap<string, HeldSource> | undefined {
  const held = heldOf(ctx);
  return held && withCovered(held);
}

/**
 * Under what a job asks besides skills: the courses that lead to a certificate or licence the job
 * seeker lacks (an offer's `leadsTo`), so "Nog niet aangevinkt" comes with a way to get it.
 */
export function renderCertificateOffers(ctx: ModeContext, m: Match, mine?: ReadonlyMap<string, HeldSource>): Part {
  const lacking = new Set((m.hardRequirements ?? []).filter((h) => !(mine ? mine.has(h.id) : h.held)).map((h) => h.id));
  const offers = [...ctx.data.offers.values()].filter((o) => o.leadsTo?.some((id) => lacking.has(id)));
  return offers.length
    ? html`<h5>${hardTexts.get(ctx.lang, ctx.redraw).howToGet}</h5>
        <ul>
          ${offers.map((o) => html`<li>${offerText(ctx, o)}</li>`)}
        </ul>`
    : nothing;
}

export function renderOffers(ctx: ModeContext, gap: Gap): Part {
  const offers = offersFor(ctx, gap);
  return offers.length
    ? html`<ul>
        ${offers.map((o) => html`<li>${offerText(ctx, o)}</li>`)}
      </ul>`
    : nothing;
}

type Field = 'name' | 'email' | 'phone';
/** The answer form's fields, in the order they show: the keyboard goes to the first wrong one. */
const FIELDS: readonly Field[] = ['name', 'email', 'phone'];

/** Ids in the shadow root, per connection (the list may show several requests and sharings). */
const fieldId = (c: Connection, field: Field) => `answer-${field}-${c.id}`;
const doneId = (id: string) => `done-${id}`;

/** What the list reads of a zod issue of the contract's `Identity`. */
interface Issue {
  code: string;
  path: PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
}

/**
 * What is wrong with the details typed, per field, in the reader's words. The contract's
 * `Identity` decides what is valid, as it does on the server: no rules of the list's own.
 */
function wrongFields(texts: PeopleMessages, typed: Record<Field, string | undefined>): NonNullable<Answer['wrong']> {
  const issues: Issue[] = Identity.safeParse(typed).error?.issues ?? [];
  const wrong: NonNullable<Answer['wrong']> = {};
  for (const issue of issues) {
    const [field] = issue.path;
    if (field === 'name' || field === 'email' || field === 'phone')
      wrong[field] ??= issueInWords(texts, field, issue, typed[field] ?? '');
  }
  return wrong;
}

/** One issue of a field as a sentence: what is wrong and what to do. */
function issueInWords(texts: PeopleMessages, field: Field, issue: Issue, value: string): string {
  if (field === 'email') return value ? texts.emailWrong : texts.emailMissing;
  if (issue.code === 'too_big') return (field === 'name' ? texts.nameTooLong : texts.phoneLong)(Number(issue.maximum));
  if (field === 'phone') return texts.phoneDigits(PHONE_DIGITS);
  if (issue.code === 'too_small') return texts.nameMissing;
  return texts.fieldWrong;
}

/** The fields a 400 of the API names ("body.identity.email"), in words: the list's own check says why, if it can. */
function wrongOnServer(
  texts: PeopleMessages,
  problem: Problem,
  typed: Record<Field, string | undefined>,
): NonNullable<Answer['wrong']> {
  const mine = wrongFields(texts, typed);
  const wrong: NonNullable<Answer['wrong']> = {};
  for (const error of problem.errors ?? []) {
    const field = /\.identity\.(name|email|phone)\b/.exec(error.path)?.[1] as Field | undefined;
    if (field) wrong[field] ??= mine[field] ?? texts.fieldWrong;
  }
  return wrong;
}

/**
 * Show what is wrong under each field (the rest of the form as typed), and put the keyboard on
 * the first wrong field, which its message describes. The sentence for the live region, or
 * undefined when nothing is wrong.
 */
function keepWrong(ctx: ModeContext, connection: Connection, wrong: NonNullable<Answer['wrong']>): string | undefined {
  const first = FIELDS.find((f) => wrong[f]);
  if (!first) return undefined;
  ctx.data.answers.set(connection.id, { wrong });
  ctx.redraw();
  ctx.focus(`#${fieldId(connection, first)}`);
  return peopleTexts.get(ctx.lang, ctx.redraw).checkFields(FIELDS.filter((f) => wrong[f]).length);
}

/**
 * Accept (sharing what the form holds, checked first) or decline an employer's request. A no
 * stays in view where the request was, and takes the keyboard; a yes shows under "shared with".
 */
async function answer(
  ctx: ModeContext,
  connection: Connection,
  accept: boolean,
  form?: HTMLFormElement,
): Promise<void> {
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const { answers } = ctx.data;
  if (answers.get(connection.id)?.sending) return;
  let typed: Record<Field, string | undefined> | undefined;
  // The list checks the form itself (novalidate): the contract's rules, its own words under each field.
  if (accept && form) {
    const data = new FormData(form);
    const value = (field: Field) => String(data.get(field) ?? '').trim();
    typed = { name: value('name'), email: value('email'), phone: value('phone') || undefined };
    const said = keepWrong(ctx, connection, wrongFields(texts, typed));
    if (said) return ctx.notify(said);
  }
  const identity = typed && {
    name: typed.name ?? '',
    email: typed.email ?? '',
    ...(typed.phone ? { phone: typed.phone } : {}),
  };
  // What was wrong before is right now (or not asked: a no): only what this press brings shows.
  answers.set(connection.id, { sending: true });
  await act(
    ctx,
    () =>
      ctx.client.request(routes.answerConnection, {
        params: { id: connection.id },
        body: { accept, ...(identity ? { identity } : {}) },
      }),
    accept ? 'pfw-connection-accepted' : 'pfw-connection-declined',
    (answered) => {
      if (accept) answers.delete(answered.id);
      else answers.set(answered.id, { done: { said: 'declined', employer: answered.employerName } });
      return accept ? texts.accepted : texts.declined(answered.employerName);
    },
    // The request's buttons are gone: to whom the details now go, or what was done.
    accept ? '#shared-title' : `#${doneId(connection.id)}`,
    (problem) => {
      const said = typed && problem.status === 400 && keepWrong(ctx, connection, wrongOnServer(texts, problem, typed));
      if (said) return said;
      answers.set(connection.id, { failed: texts.failed });
      ctx.redraw();
      return texts.failed;
    },
  );
}

/** "Stop met delen" asks to be sure first: it takes the details back from an employer. "Nee, toch niet" goes back. */
function askStop(ctx: ModeContext, connection: Connection, asking: boolean): void {
  ctx.data.answers.set(connection.id, asking ? { confirming: true } : {});
  ctx.redraw();
  ctx.focus(asking ? `#withdraw-no-${connection.id}` : `#withdraw-${connection.id}`);
}

/**
 * The job seeker takes back their yes: the employer no longer sees their name and contact
 * details. What was done stays in view where the sharing was, and takes the keyboard.
 */
function withdraw(ctx: ModeContext, connection: Connection): void {
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const { answers } = ctx.data;
  if (answers.get(connection.id)?.sending) return;
  answers.set(connection.id, { confirming: true, sending: true });
  void act(
    ctx,
    () => ctx.client.request(routes.withdrawConnection, { params: { id: connection.id } }),
    'pfw-connection-withdrawn',
    (withdrawn) => {
      answers.set(withdrawn.id, { done: { said: 'withdrawn', employer: withdrawn.employerName } });
      return texts.withdrawn(withdrawn.employerName);
    },
    `#${doneId(connection.id)}`,
    () => {
      answers.set(connection.id, { confirming: true, failed: texts.failed });
      ctx.redraw();
      return texts.failed;
    },
  );
}

/** What was done to requests and sharings that are gone from view (said no, stopped sharing), newest first. */
function renderDone(ctx: ModeContext): Part {
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const done = [...ctx.data.answers].flatMap(([id, a]) => (a.done ? [{ id, ...a.done }] : [])).reverse();
  if (!done.length) return nothing;
  return html`<div class="answered">
    ${done.map(
      (d) =>
        html`<p class="done" id=${doneId(d.id)} tabindex="-1">
          ${d.said === 'declined' ? texts.declined(d.employer) : texts.withdrawn(d.employer)}
        </p>`,
    )}
  </div>`;
}

function renderShared(ctx: ModeContext): Part {
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const shared = ctx.data.connections.filter((c) => c.status === 'accepted');
  if (!shared.length) return nothing;
  return html`<section part="shared" class="requests" aria-labelledby="shared-title">
    <h3 id="shared-title" tabindex="-1">${texts.sharedWith}</h3>
    ${shared.map((c) => {
      const a = ctx.data.answers.get(c.id);
      return html`<div class="request">
        <p>${texts.sharedWithWhom(c.employerName, c.jobTitle)}</p>
        ${
          a?.confirming
            ? html`<div class="confirm" role="group" aria-labelledby="withdraw-ask-${c.id}">
                <p id="withdraw-ask-${c.id}">${texts.withdrawAsk(c.employerName)}</p>
                <div class="actions">
                  <button type="button" class="primary" @click=${() => withdraw(ctx, c)}>${texts.withdrawYes}</button>
                  <button type="button" id="withdraw-no-${c.id}" @click=${() => askStop(ctx, c, false)}>${texts.withdrawNo}</button>
                </div>
              </div>`
            : html`<div class="actions">
                <button type="button" id="withdraw-${c.id}" @click=${() => askStop(ctx, c, true)}>${texts.withdraw}</button>
              </div>`
        }
        ${a?.failed ? html`<p class="error">${a.failed}</p>` : nothing}
      </div>`;
    })}
  </section>`;
}

/** A field of the answer form: marked and described by its message when it is wrong. */
function fieldState(c: Connection, field: Field, a: Answer | undefined) {
  const wrong = a?.wrong?.[field];
  return {
    id: fieldId(c, field),
    invalid: wrong ? 'true' : 'false',
    described: wrong ? `${fieldId(c, field)}-error` : nothing,
    error: wrong ? html`<p class="field-error" id="${fieldId(c, field)}-error">${wrong}</p>` : nothing,
  } as const;
}

function renderRequests(ctx: ModeContext): Part {
  const { t } = ctx;
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const open = ctx.data.connections.filter((c) => c.status === 'requested');
  if (!open.length) return nothing;
  return html`<section part="requests" class="requests" aria-labelledby="requests-title">
    <h3 id="requests-title" tabindex="-1">${texts.requestsCount(open.length)}</h3>
    ${open.map((c) => {
      const a = ctx.data.answers.get(c.id);
      const [name, email, phone] = FIELDS.map((f) => fieldState(c, f, a)) as [
        ReturnType<typeof fieldState>,
        ReturnType<typeof fieldState>,
        ReturnType<typeof fieldState>,
      ];
      return html`<div class="request">
        <p>${texts.requestFrom(c.employerName, c.jobTitle)}${c.message ? html`<br /><q>${c.message}</q>` : nothing}</p>
        ${
          c.job
            ? html`<p class="job">${[c.job.region, t.hours(c.job.hours.min, c.job.hours.max)].join(' · ')}</p>
              ${c.job.description ? html`<p class="job-text">${c.job.description}</p>` : nothing}`
            : nothing
        }
        ${
          c.fit
            ? html`<p><strong>${t.fit(c.fit.score)}: ${t.score(c.fit.score)}</strong></p>
${renderFitList(ctx, c.fit.requirements, t.youHave)}
${renderHard(ctx, c.fit.hardRequirements, false, heldOf(ctx))}`
            : nothing
        }
        <form novalidate @submit=${(e: SubmitEvent) => (e.preventDefault(), void answer(ctx, c, true, e.target as HTMLFormElement))}>
          <p>${texts.shareWhat}</p>
          <label>${texts.name}<input id=${name.id} name="name" required autocomplete="name" maxlength="120" .value=${ctx.prefill.name ?? ''} aria-invalid=${name.invalid} aria-describedby=${name.described} /></label>
          ${name.error}
          <label>${texts.email}<input id=${email.id} name="email" type="email" required autocomplete="email" .value=${ctx.prefill.email ?? ''} aria-invalid=${email.invalid} aria-describedby=${email.described} /></label>
          ${email.error}
          <label>${texts.phone}<input id=${phone.id} name="phone" type="tel" autocomplete="tel" maxlength="30" aria-invalid=${phone.invalid} aria-describedby=${phone.described} /></label>
          ${phone.error}
          <div class="actions">
            <button class="primary" type="submit">${texts.accept}</button>
            <button type="button" @click=${() => void answer(ctx, c, false)}>${texts.decline}</button>
          </div>
          ${a?.failed ? html`<p class="error">${a.failed}</p>` : nothing}
        </form>
      </div>`;
    })}
  </section>`;
}
