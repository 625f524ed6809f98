/**
 * The list for a job seeker (`mode="jobs"`): their best jobs, what to learn for the ones that
 * almost fit, employers' requests to accept (sharing name and contact details) or decline, and
 * the connections they share, which they can stop.
 */
import { html, nothing } from 'lit';
import { routes, type Connection, type LearningOffer } from '@pfw/contract';
import { peopleTexts } from './people-texts.js';
import { act, type Gap, type Mode, type ModeContext, type Part } from './mode.js';
import { renderFitList } from './fits.js';
import { followHeld, heldOf, renderHard, renderHeldPanel, renderNeededFirst } from './hard.js';
import { inLang } from '../base/locale.js';

export function jobsMode(ctx: ModeContext): Mode {
  followHeld(ctx);
  const { t } = ctx;
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  return {
    title: t.jobsTitle,
    empty: t.emptyJobs,
    page: (client, query) => client.request(routes.listMyMatches, { query }),
    name: (m) => m.job?.title ?? '',
    sub: (m) => (m.job ? [m.job.employerName, m.job.region, t.hours(m.job.hours.min, m.job.hours.max)] : []),
    places: true,
    top: () => html`${renderShared(ctx)}${renderRequests(ctx)}${renderHeldPanel(ctx)}`,
    has: t.youHave,
    hard: (m) => renderHard(ctx, m.hardRequirements, false, heldOf(ctx)),
    status: (m) => renderNeededFirst(ctx, m.hardRequirements, heldOf(ctx)),
    gaps: t.gaps,
    offers: (gap) => renderOffers(ctx, gap),
    action: (m) => {
      const id = m.jobProfileId;
      if (!id) return nothing;
      const said = ctx.data.applied.get(id);
      return said === texts.applied || said === texts.appliedBefore
        ? html`<p class="applied">${said}</p>`
        : html`${said ? html`<p class="applied">${said}</p>` : nothing}
            <button type="button" class="primary" @click=${() => apply(ctx, id)}>${texts.interested}</button>`;
    },
  };
}

/**
 * "Ik heb interesse": apply on your score. The employer sees the pseudonym and the fit, not the
 * name; what the server says otherwise (not in the talent pool, applied before) is said in words.
 */
async function apply(ctx: ModeContext, jobProfileId: string): Promise<void> {
  try {
    const application = await ctx.client.request(routes.applyToJob, { params: { id: jobProfileId }, body: {} });
    const { applied } = peopleTexts.get(ctx.lang, ctx.redraw);
    ctx.data.applied.set(jobProfileId, applied);
    ctx.notify(applied);
    ctx.emit('pfw-application-sent', { application });
  } catch (error) {
    const problem = ctx.report(error);
    const type = problem.type.split('/').at(-1);
    const said =
      type === 'not-in-pool'
        ? peopleTexts.get(ctx.lang, ctx.redraw).applyJoinPool
        : type === 'already-applied'
          ? peopleTexts.get(ctx.lang, ctx.redraw).appliedBefore
          : ctx.t.loadError;
    ctx.data.applied.set(jobProfileId, said);
    ctx.notify(said);
  }
}

/** The learning offers for a gap, best first (a job seeker's: jobs and careers). */
export function offersFor(ctx: ModeContext, gap: Gap): LearningOffer[] {
  return gap.offerIds.map((id) => ctx.data.offers.get(id)).filter((o): o is LearningOffer => Boolean(o));
}

export const offerText = (ctx: ModeContext, o: LearningOffer): string =>
  ctx.t.offer(inLang(o.title, ctx.lang), o.provider.name, o.durationHours);

export function renderOffers(ctx: ModeContext, gap: Gap): Part {
  const offers = offersFor(ctx, gap);
  return offers.length
    ? html`<ul>
        ${offers.map((o) => html`<li>${offerText(ctx, o)}</li>`)}
      </ul>`
    : nothing;
}

/** Where the keyboard goes when a request or a sharing is gone: the first of these still there (else the list's row). */
const AFTER_ANSWER = '#requests-title, #shared-title, .open[tabindex="0"]';

/** Accept (sharing what the form holds) or decline an employer's request. */
function answer(ctx: ModeContext, connection: Connection, accept: boolean, form?: HTMLFormElement): void {
  let identity: Connection['identity'];
  if (form) {
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    const phone = String(data.get('phone') ?? '').trim();
    identity = {
      name: String(data.get('name')).trim(),
      email: String(data.get('email')).trim(),
      ...(phone ? { phone } : {}),
    };
  }
  void act(
    ctx,
    () =>
      ctx.client.request(routes.answerConnection, {
        params: { id: connection.id },
        body: { accept, ...(identity ? { identity } : {}) },
      }),
    accept ? 'pfw-connection-accepted' : 'pfw-connection-declined',
    () => (accept ? peopleTexts.get(ctx.lang, ctx.redraw).accepted : peopleTexts.get(ctx.lang, ctx.redraw).declined),
    // The request's buttons are gone: to whom the details now go, or the next request, or the list.
    accept ? '#shared-title' : AFTER_ANSWER,
  );
}

/** The candidate takes back their yes (or a request): the employer no longer sees name, contact or skillprint. */
function withdraw(ctx: ModeContext, connection: Connection): void {
  void act(
    ctx,
    () => ctx.client.request(routes.withdrawConnection, { params: { id: connection.id } }),
    'pfw-connection-withdrawn',
    (withdrawn) => peopleTexts.get(ctx.lang, ctx.redraw).withdrawn(withdrawn.employerName),
    AFTER_ANSWER,
  );
}

function renderShared(ctx: ModeContext): Part {
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const shared = ctx.data.connections.filter((c) => c.status === 'accepted');
  if (!shared.length) return nothing;
  return html`<section part="shared" class="requests" aria-labelledby="shared-title">
    <h3 id="shared-title" tabindex="-1">${texts.sharedWith}</h3>
    ${shared.map(
      (c) => html`<div class="request">
        <p>${texts.sharedWithWhom(c.employerName, c.jobTitle)}</p>
        <div class="actions">
          <button type="button" @click=${() => withdraw(ctx, c)}>${texts.withdraw}</button>
        </div>
      </div>`,
    )}
  </section>`;
}

function renderRequests(ctx: ModeContext): Part {
  const { t } = ctx;
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const open = ctx.data.connections.filter((c) => c.status === 'requested');
  if (!open.length) return nothing;
  return html`<section part="requests" class="requests" aria-labelledby="requests-title">
    <h3 id="requests-title" tabindex="-1">${texts.requestsCount(open.length)}</h3>
    ${open.map(
      (c) => html`<div class="request">
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
        <form @submit=${(e: SubmitEvent) => (e.preventDefault(), answer(ctx, c, true, e.target as HTMLFormElement))}>
          <p>${texts.shareWhat}</p>
          <label>${texts.name}<input name="name" required autocomplete="name" maxlength="120" .value=${ctx.prefill.name ?? ''} /></label>
          <label>${texts.email}<input name="email" type="email" required autocomplete="email" .value=${ctx.prefill.email ?? ''} /></label>
          <label>${texts.phone}<input name="phone" type="tel" autocomplete="tel" maxlength="30" /></label>
          <div class="actions">
            <button class="primary" type="submit">${texts.accept}</button>
            <button type="button" @click=${() => answer(ctx, c, false)}>${texts.decline}</button>
          </div>
        </form>
      </div>`,
    )}
  </section>`;
}
