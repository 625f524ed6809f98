/**
 * The list for an employer (`mode="candidates"`): pseudonymous candidates for one job profile,
 * a connection request per candidate, and name and contact details once a candidate said yes.
 */
import { html, nothing } from 'lit';
import { routes, type Application, type Connection, type Match, type Skillprint } from '@pfw/contract';
import { peopleTexts } from './people-texts.js';
import { act, attemptsOf, type Mode, type ModeContext, type Part } from './mode.js';
import { renderFitList } from './fits.js';
import { hardTexts, holdsFor, renderHard, renderHoldsFilter } from './hard.js';
import { renderAdvice, renderSetAside } from './oversight.js';
import { sharedSkillprint } from './loader.js';

export function candidatesMode(ctx: ModeContext, jobProfileId: string): Mode {
  const { t } = ctx;
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  return {
    title: t.candidatesTitle,
    // Only candidates who hold what the employer ticked (none ticked: all of them).
    empty: holdsFor(ctx, jobProfileId) ? hardTexts.get(ctx.lang, ctx.redraw).noneHolds : t.emptyCandidates,
    page: (client, query) => {
      const holds = holdsFor(ctx, jobProfileId);
      return client.request(routes.listCandidates, {
        params: { id: jobProfileId },
        query: holds ? { ...query, holds } : query,
      });
    },
    // After a yes the employer knows the name: the row says it, beside the pseudonym they knew.
    name: (m) => {
      const name = identityOf(ctx, m)?.name;
      return name ? `${name} (${m.candidate})` : (m.candidate ?? '');
    },
    sub: (m) =>
      m.pool
        ? [t.availability[m.pool.availability] ?? '', m.pool.region, t.hours(m.pool.hours.min, m.pool.hours.max)]
        : [],
    places: true,
    ofTotal: true,
    top: () =>
      html`${renderAdvice(ctx, jobProfileId)}${renderApplications(ctx, jobProfileId)}${renderHoldsFilter(ctx, jobProfileId)}`,
    status: (m) => {
      const connection = connectionFor(ctx, m);
      return connection ? html`<span>${texts.statuses[connection.status]}</span>` : nothing;
    },
    has: t.candidateHas,
    gaps: t.candidateGaps,
    hard: (m) => renderHard(ctx, m.hardRequirements, true),
    // First in the explanation: after a yes, how to reach the candidate is what the employer came for.
    who: (m, label) => {
      const identity = identityOf(ctx, m);
      const whole = identity && wholeSkillprint(ctx, connectionFor(ctx, m)!.skillprintId);
      return identity
        ? html`<h4>${texts.identity}</h4>
          <p>${identity.name}<br /><a href="mailto:${identity.email}">${identity.email}</a>${identity.phone ? html`<br />${identity.phone}` : nothing}</p>
          ${
            whole
              ? html`<h4>${texts.whole}</h4>
                  <ul class="whole">
                    ${[...whole.scores]
                      .sort((a, b) => b.level - a.level)
                      .map((s) => html`<li>${label(s.skillId)}: ${texts.wholeLevel(s.level)}</li>`)}
                  </ul>`
              : nothing
          }`
        : nothing;
    },
    action: (m) => {
      const connection = connectionFor(ctx, m);
      const failed = attemptsOf(ctx).get(attemptKey(m));
      // Once sent, the button's place says so (and takes the keyboard: the button is gone).
      return connection
        ? html`<p class="sent" tabindex="-1">
            ${connection.status === 'requested' ? texts.requested : texts.statuses[connection.status]}
          </p>`
        : asking.get(ctx.data) === attemptKey(m)
          ? html`<div class="confirm" role="group" aria-labelledby="request-ask">
              <p id="request-ask">${texts.requestAsk(m.candidate ?? '')}</p>
              <div class="actions">
                <button type="button" class="primary" @click=${() => request(ctx, m)}>${texts.requestYes}</button>
                <button type="button" id="request-no" @click=${() => askRequest(ctx, m, false)}>${texts.undoNo}</button>
              </div>
            </div>`
          : html`<button class="primary" type="button" id="request" @click=${() => askRequest(ctx, m, true)}>
                ${texts.sendRequest}
              </button>
              ${failed ? html`<p class="field-error">${failed}</p>` : nothing}`;
    },
    review: (m, close) => renderSetAside(ctx, jobProfileId, m, close),
  };
}

/** The request sent for this match, if any (by its id on the match, or by candidate and job). */
function connectionFor(ctx: ModeContext, match: Match): Connection | undefined {
  const { connections } = ctx.data;
  const known = match.connection;
  return known
    ? connections.find((c) => c.id === known.id)
    : connections.find((c) => c.candidate === match.candidate && c.jobProfileId === match.jobProfileId);
}

/** The name and contact details a candidate shared, once they said yes (else nothing). */
function identityOf(ctx: ModeContext, match: Match) {
  const connection = connectionFor(ctx, match);
  return connection?.status === 'accepted' ? connection.identity : undefined;
}

/** Skillprints shared after a yes, by id: loaded once, the first time their explanation opens. */
const shared = new Map<string, Skillprint | 'loading'>();

/**
 * The whole skillprint a candidate shared by saying yes (the request promised it), once loaded;
 * undefined while it loads or when there is none to see.
 */
function wholeSkillprint(ctx: ModeContext, id: string | undefined): Skillprint | undefined {
  const known = id && shared.get(id);
  if (!id || known) return known === 'loading' ? undefined : known || undefined;
  shared.set(id, 'loading');
  sharedSkillprint(ctx.client, id).then(
    ({ skillprint }) => {
      shared.set(id, skillprint);
      ctx.redraw();
    },
    // Said once, not asked again on every drawing (a page load asks again).
    (error: unknown) => ctx.report(error),
  );
  return undefined;
}

const attemptKey = (m: Match) => `request ${m.jobProfileId} ${m.candidate}`;

/** The request the employer is asked to be sure of (by attemptKey), per list. */
const asking = new WeakMap<object, string>();

/**
 * "Stuur verzoek" first says what the candidate will get and what the employer gets only after a
 * yes, and asks to be sure; "Nee, toch niet" goes back to the button.
 */
function askRequest(ctx: ModeContext, match: Match, ask: boolean): void {
  if (ask) asking.set(ctx.data, attemptKey(match));
  else asking.delete(ctx.data);
  ctx.data.changed();
  ctx.focus(ask ? '#request-no' : '#request');
}

/** Ask the candidate to connect: they see the employer and the job, and decide. */
async function request(ctx: ModeContext, match: Match): Promise<void> {
  const { jobProfileId, candidate } = match;
  const tries = attemptsOf(ctx);
  const key = attemptKey(match);
  if (!jobProfileId || !candidate || tries.get(key) === '') return;
  tries.set(key, '');
  asking.delete(ctx.data);
  ctx.redraw();
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  const problem = await act(
    ctx,
    () => ctx.client.request(routes.requestConnection, { body: { jobProfileId, candidate } }),
    'pfw-connection-requested',
    () => texts.requested,
    '.details .sent',
  );
  if (problem) tries.set(key, texts.failed);
  else tries.delete(key);
  ctx.redraw();
}

/**
 * Who said "Ik heb interesse" to this job, on their score: a pseudonym, the fit per requirement
 * and their own words. Inviting sends a connection request (the name comes once they accept);
 * declining shows them a kind, fixed message.
 */
function renderApplications(ctx: ModeContext, jobProfileId: string): Part {
  const { t } = ctx;
  const texts = peopleTexts.get(ctx.lang, ctx.redraw);
  loadApplications(ctx, jobProfileId);
  // Answered ones stay in view with what was done; withdrawn ones are gone (the person changed their mind).
  const shown = (ctx.data.applications?.items ?? []).filter((a) => a.status !== 'withdrawn');
  if (!shown.length) return nothing;
  return html`<section part="applications" class="requests" aria-labelledby="applications-title">
    <h3 id="applications-title">${texts.applicants(shown.filter((a) => a.status === 'open').length)}</h3>
    ${shown.map(
      (a) => html`<div class="request">
        <p><strong>${a.candidate}</strong> · ${t.fit(a.score)}: ${t.score(a.score)}${a.message ? html`<br /><q>${a.message}</q>` : nothing}</p>
        ${renderFitList(ctx, a.requirements, t.candidateHas)}
        ${renderHard(ctx, a.hardRequirements, true)}
        ${
          a.status === 'open'
            ? html`<div class="actions">
                <button class="primary" type="button" @click=${() => answerApplication(ctx, a, true)}>${texts.invite}</button>
                <button type="button" @click=${() => answerApplication(ctx, a, false)}>${texts.declineApplicant}</button>
              </div>`
            : html`<p class="applied">${a.status === 'invited' ? texts.invited(a.candidate) : texts.declinedApplicant(a.candidate)}</p>`
        }
      </div>`,
    )}
  </section>`;
}

/** Load the applications to a job once (again when the job changes); drawn when they arrive. */
function loadApplications(ctx: ModeContext, jobProfileId: string): void {
  if (ctx.data.applications?.jobProfileId === jobProfileId) return;
  const entry: { jobProfileId: string; items?: Application[] } = { jobProfileId };
  ctx.data.applications = entry;
  ctx.client
    .request(routes.listApplications, { params: { id: jobProfileId } })
    .then((list) => {
      if (ctx.data.applications !== entry) return;
      entry.items = list.items;
      ctx.data.changed();
    })
    .catch((error: unknown) => ctx.report(error));
}

async function answerApplication(ctx: ModeContext, application: Application, invite: boolean): Promise<void> {
  try {
    const params = { id: application.id };
    const answered = invite
      ? await ctx.client.request(routes.inviteApplicant, { params, body: {} })
      : await ctx.client.request(routes.declineApplicant, { params });
    const kept = ctx.data.applications;
    if (kept?.items) kept.items = kept.items.map((a) => (a.id === answered.id ? answered : a));
    ctx.data.changed();
    ctx.notify(
      invite
        ? peopleTexts.get(ctx.lang, ctx.redraw).invited(answered.candidate)
        : peopleTexts.get(ctx.lang, ctx.redraw).declinedApplicant(answered.candidate),
    );
    ctx.emit(invite ? 'pfw-application-invited' : 'pfw-application-declined', { application: answered });
  } catch (error) {
    ctx.report(error);
    ctx.notify(peopleTexts.get(ctx.lang, ctx.redraw).failed);
  }
}
