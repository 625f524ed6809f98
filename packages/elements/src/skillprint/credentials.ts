/**
 * The owner's credentials, a part of the share panel (loaded with it, never for other viewers):
 * what schools and trainers confirmed ("Bevestigd door …", beside the measured levels, never
 * merged into them), taking in a code or another issuer's Open Badge, and this skillprint as an
 * Open Badge to download or withdraw.
 */
import { html, nothing, type LitElement } from 'lit';
import {
  ApiError,
  acceptSkillClaimView,
  importSkillClaimView,
  issueCredentialView,
  listHardRequirementLabels,
  listMyCredentialsView,
  listMySkillClaimsView,
  routes,
  type IssuedCredentialView,
  type LocalizedText,
  type SkillClaimView,
} from '@pfw/contract';
import type { Client, TextLang } from '@pfw/contract';
import type { SharingMessages } from './i18n/sharing.nl.js';
import { inLang, sourceLang, tagOf } from '../base/locale.js';

/** What the panel needs of its skillprint element (the share panel's port is one). */
export interface CredentialsPort {
  client(): Client;
  /** The id of the skillprint on show. */
  skillprintId(): string | undefined;
  /** The card's language now. */
  locale: { readonly lang: TextLang };
  /** Say this in the card's live region. */
  announce(text: string): void;
  /** Dispatch pfw-error. */
  report(error: unknown): void;
  /** A skill's name in the card's language (its id while the names load). */
  skillLabel(skillId: string): string;
}

export class CredentialsPanel {
  private claims: SkillClaimView[] = [];
  private issued: IssuedCredentialView[] = [];
  private papers = new Map<string, { label: LocalizedText }>();
  /** What became of the last code or badge, under its form: not only in the live region. */
  private notes: Partial<Record<'code' | 'badge', { text: string; wrong: boolean }>> = {};

  constructor(
    private readonly host: LitElement,
    private readonly port: CredentialsPort,
    private readonly texts: () => SharingMessages,
  ) {}

  async load(): Promise<void> {
    try {
      const client = this.port.client();
      const [claims, issued] = await Promise.all([
        client.request(listMySkillClaimsView),
        client.request(listMyCredentialsView),
      ]);
      this.claims = claims.items;
      this.issued = issued.items.filter((c) => c.skillprintId === this.port.skillprintId());
      if (!this.papers.size && this.claims.some((c) => c.hardRequirements.length)) {
        const { items } = await client.request(listHardRequirementLabels, {
          query: { lang: tagOf(this.port.locale.lang) },
        });
        this.papers = new Map(items.map((h) => [h.id, h]));
      }
      this.host.requestUpdate();
    } catch (error) {
      this.port.report(error);
    }
  }

  /** Do it, say what became of it (in the live region, or as `say` wants), and show the lists again. */
  private async run(
    action: () => Promise<unknown>,
    done: string,
    failed?: (error: unknown) => string | undefined,
    say: (text: string, wrong: boolean) => unknown = (text) => this.port.announce(text),
  ) {
    try {
      await action();
      await say(done, false);
      await this.load();
      return true;
    } catch (error) {
      const said = failed?.(error);
      if (said) await say(said, true);
      else this.port.report(error);
      return false;
    }
  }

  /**
   * Say under the form what became of it. A problem also marks the field and takes the keyboard
   * there (its description reads the problem); a success is said in the live region too.
   */
  private async note(form: HTMLFormElement, which: 'code' | 'badge', text: string, wrong: boolean) {
    this.notes = { ...this.notes, [which]: { text, wrong } };
    this.host.requestUpdate();
    if (!wrong) return this.port.announce(text);
    await this.host.updateComplete;
    (form.elements.namedItem(which) as HTMLInputElement | null)?.focus();
  }

  /** A new try: what became of the last one is no longer said, on screen or in the live region. */
  private start(which: 'code' | 'badge') {
    this.notes = { ...this.notes, [which]: undefined };
    this.port.announce('');
    this.host.requestUpdate();
  }

  private async addCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const code = String(new FormData(form).get('code') ?? '').trim();
    const t = this.texts();
    this.start('code');
    if (!code) return this.note(form, 'code', t.codeEmpty, true);
    const ok = await this.run(
      () => this.port.client().request(acceptSkillClaimView, { body: { code } }),
      t.codeAdded,
      (e) => (e instanceof ApiError && (e.status === 404 || e.status === 400) ? t.codeWrong : undefined),
      (text, wrong) => this.note(form, 'code', text, wrong),
    );
    if (ok) this.added(form);
  }

  /** A confirmation can bring certificates: the page's job lists may miss less now. */
  private added(form: HTMLFormElement) {
    form.reset();
    this.host.dispatchEvent(new CustomEvent('pfw-skillprint-claim-added', { bubbles: true, composed: true }));
  }

  private async addBadge(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const file = (form.elements.namedItem('badge') as HTMLInputElement).files?.[0];
    const t = this.texts();
    this.start('badge');
    if (!file) return this.note(form, 'badge', t.badgeEmpty, true);
    const credential = (await file.text()).trim();
    const ok = await this.run(
      () => this.port.client().request(importSkillClaimView, { body: { credential } }),
      t.badgeAdded,
      (e) =>
        e instanceof ApiError && e.status === 400
          ? (t.badgeWrong[e.problem.errors?.[0]?.code ?? 'malformed'] ?? t.badgeWrong.malformed)
          : t.badgeFailed,
      (text, wrong) => this.note(form, 'badge', text, wrong),
    );
    if (ok) this.added(form);
  }

  private async download(): Promise<void> {
    const t = this.texts();
    await this.run(async () => {
      const issued = await this.port.client().request(issueCredentialView, {
        params: { id: this.port.skillprintId()! },
        body: { lang: sourceLang(this.port.locale.lang) }, // a credential speaks Dutch and English
      });
      // A file the person keeps: the VC-JWT as text, named after the day it was made.
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([issued.jwt], { type: 'application/vc+jwt' }));
      link.download = `skillprint-${issued.issuedAt.slice(0, 10)}.jwt`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      this.host.dispatchEvent(
        new CustomEvent('pfw-skillprint-credential', { detail: { credential: issued }, bubbles: true, composed: true }),
      );
    }, t.downloaded);
  }

  private claimLine(claim: SkillClaimView) {
    const t = this.texts();
    const lang = this.port.locale.lang;
    const what = [
      ...claim.skills.map((s) => `${this.port.skillLabel(s.skillId)}${s.level ? ` (${t.level(s.level)})` : ''}`),
      ...claim.hardRequirements.map((id) => inLang(this.papers.get(id)?.label, lang) ?? id),
    ].join(', ');
    const date = claim.evidence.date ? new Date(claim.evidence.date) : undefined;
    return html`<li class="link">
      <span><strong>${t.confirmedBy(claim.issuer.name)}</strong>: ${what}<br /><span class="muted"
          >${claim.evidence.name}${date ? `, ${t.day(date)}` : ''}</span
        ></span
      >
      <button
        type="button"
        @click=${() => this.run(() => this.port.client().request(routes.deleteMySkillClaim, { params: { id: claim.id } }), t.removed)}
      >
        ${t.remove}
      </button>
    </li>`;
  }

  private renderNote(which: 'code' | 'badge') {
    const note = this.notes[which];
    return note
      ? html`<p id="claim-${which}-note" class=${note.wrong ? 'error' : 'done'}>${note.wrong ? note.text : `✓ ${note.text}`}</p>`
      : nothing;
  }

  render() {
    const t = this.texts();
    return html`<section part="claims" class="sharing" aria-labelledby="claims-title">
        <h3 id="claims-title">${t.claimsTitle}</h3>
        <p>${t.claimsHelp}</p>
        ${this.claims.length ? html`<ul>${this.claims.map((c) => this.claimLine(c))}</ul>` : html`<p>${t.noClaims}</p>`}
        <form @submit=${(e: SubmitEvent) => this.addCode(e)}>
          <label for="claim-code">${t.codeLabel}</label>
          <input
            id="claim-code"
            name="code"
            type="text"
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${this.notes.code?.wrong ? 'true' : 'false'}
            aria-describedby=${this.notes.code ? 'claim-code-note' : nothing}
          />
          <button type="submit">${t.addCode}</button>
          ${this.renderNote('code')}
        </form>
        <form @submit=${(e: SubmitEvent) => this.addBadge(e)}>
          <label for="claim-badge">${t.badgeLabel}</label>
          <input
            id="claim-badge"
            name="badge"
            type="file"
            accept=".jwt,.txt,application/vc+jwt,text/plain"
            aria-invalid=${this.notes.badge?.wrong ? 'true' : 'false'}
            aria-describedby=${this.notes.badge ? 'claim-badge-note' : nothing}
          />
          <button type="submit">${t.addBadge}</button>
          ${this.renderNote('badge')}
        </form>
      </section>
      <section part="credentials" class="sharing" aria-labelledby="badge-title">
        <h3 id="badge-title">${t.badgeTitle}</h3>
        <p>${t.badgeHelp}</p>
        <p><button class="primary" type="button" @click=${() => this.download()}>${t.download}</button></p>
        ${
          this.issued.length
            ? html`<h4>${t.badges}</h4>
              <ul>
                ${this.issued.map(
                  (c) => html`<li class="link">
                    <span>${t.madeOn(new Date(c.issuedAt))}</span>
                    ${
                      c.revokedAt
                        ? html`<span>${t.withdrawn}</span>`
                        : html`<button
                          type="button"
                          @click=${() =>
                            this.run(
                              () => this.port.client().request(routes.revokeCredential, { params: { id: c.id } }),
                              t.withdrawnNow,
                            )}
                        >
                          ${t.withdraw}
                        </button>`
                    }
                  </li>`,
                )}
              </ul>`
            : nothing
        }
      </section>`;
  }
}
