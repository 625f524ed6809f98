/**
 * The list for an employer (`mode="candidates"`): pseudonymous candidates for one job profile,
 * a connection request per candidate, and name and contact details once a candidate said yes.
 */
import { html, nothing } from 'lit';
import { routes, type Connection, type Match } from '@pfw/contract';
import { act, type Mode, type ModeContext } from './mode.js';

export function candidatesMode(ctx: ModeContext, jobProfileId: string): Mode {
  const { t } = ctx;
  return {
    title: t.candidatesTitle,
    empty: t.emptyCandidates,
    page: (client, query) => client.request(routes.listCandidates, { params: { id: jobProfileId }, query }),
    name: (m) => m.candidate ?? '',
    sub: (m) =>
      m.pool
        ? [t.availability[m.pool.availability] ?? '', m.pool.region, t.hours(m.pool.hours.min, m.pool.hours.max)]
        : [],
    places: true,
    ofTotal: true,
    status: (m) => {
      const connection = connectionFor(ctx, m);
      return connection ? html`<span>${t.statuses[connection.status]}</span>` : nothing;
    },
    has: t.candidateHas,
    gaps: t.candidateGaps,
    who: (m) => {
      const connection = connectionFor(ctx, m);
      const identity = connection?.status === 'accepted' ? connection.identity : undefined;
      return identity
        ? html`<h4>${t.identity}</h4>
          <p>${identity.name}<br /><a href="mailto:${identity.email}">${identity.email}</a>${identity.phone ? html`<br />${identity.phone}` : nothing}</p>`
        : nothing;
    },
    action: (m) =>
      connectionFor(ctx, m)
        ? nothing
        : html`<button class="primary" type="button" @click=${() => request(ctx, m)}>${t.sendRequest}</button>`,
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

/** Ask the candidate to connect: they see the employer and the job, and decide. */
function request(ctx: ModeContext, match: Match): void {
  const { jobProfileId, candidate } = match;
  if (!jobProfileId || !candidate) return;
  void act(
    ctx,
    () => ctx.client.request(routes.requestConnection, { body: { jobProfileId, candidate } }),
    'pfw-connection-requested',
    () => ctx.t.requested,
  );
}
