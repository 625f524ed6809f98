/**
 * The "done" form of a learning step, a lazy part of <pfw-learning-path>: what shows the step
 * was done — a certificate in a few words, an Open Badge the person took in, or no proof yet.
 * The skill claims' schema loads only when someone says a step is done.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { routes, type Client, type SkillClaim } from '@pfw/contract';
import type { Messages } from './i18n/nl.js';

export type ProofKind = 'certificate' | 'open-badge' | 'none';

/** The most a certificate note holds; how many are left shows from NOTE_WARN on. */
export const NOTE_MAX = 200;
const NOTE_WARN = 20;

export const loadClaims = async (client: Client): Promise<SkillClaim[]> =>
  (await client.request(routes.listMySkillClaims)).items;

/** What the form needs of its element (which keeps the choice and sends it). */
export interface DoneFormPort {
  t: Messages;
  /** The step's skill id: the fields' ids. */
  id: string;
  kind: ProofKind;
  noteError: boolean;
  /** How many characters the note has now. */
  noteLength: number;
  claims: SkillClaim[];
  busy: boolean;
  choose(kind: ProofKind): void;
  typed(length: number): void;
  submit(event: SubmitEvent): void;
  cancel(): void;
}

export function renderDoneForm(p: DoneFormPort): TemplateResult {
  const { t, id } = p;
  const left = NOTE_MAX - p.noteLength;
  const near = left <= NOTE_WARN;
  const describedBy = [p.noteError && `note-error-${id}`, near && `note-count-${id}`].filter(Boolean).join(' ');
  const option = (kind: ProofKind, label: string) =>
    html`<label class="choice">
      <input
        type="radio"
        name="kind"
        value=${kind}
        id=${kind === 'certificate' ? `proof-${id}` : nothing}
        .checked=${p.kind === kind}
        @change=${() => p.choose(kind)}
      />
      ${label}
    </label>`;
  return html`<form class="done" @submit=${p.submit} novalidate>
    <fieldset>
      <legend>${t.proofTitle}</legend>
      ${option('certificate', t.proofCertificate)}
      ${
        p.kind === 'certificate'
          ? html`<label for="note-${id}" class="sub">${t.proofCertificateNote}</label>
            <input
              id="note-${id}"
              name="note"
              maxlength=${NOTE_MAX}
              autocomplete="off"
              aria-invalid=${p.noteError ? 'true' : 'false'}
              aria-describedby=${describedBy || nothing}
              @input=${(e: InputEvent) => p.typed((e.target as HTMLInputElement).value.length)}
            />
            ${p.noteError ? html`<p id="note-error-${id}" class="error">${t.noteNeeded}</p>` : nothing}
            ${near ? html`<p id="note-count-${id}" class="muted count">${t.charsLeft(left)}</p>` : nothing}
            <p class="visually-hidden" role="status">${left === 0 ? t.charsLeft(0) : ''}</p>`
          : nothing
      }
      ${p.claims.length ? option('open-badge', t.proofBadge) : nothing}
      ${
        p.kind === 'open-badge'
          ? html`<label for="claim-${id}" class="sub">${t.proofBadgeWhich}</label>
            <select id="claim-${id}" name="claim">
              ${p.claims.map((c) => html`<option value=${c.id}>${c.evidence.name} (${c.issuer.name})</option>`)}
            </select>`
          : nothing
      }
      ${option('none', t.proofNone)}
    </fieldset>
    <div class="actions">
      <button type="submit" ?disabled=${p.busy}>${t.save}</button>
      <button type="button" class="secondary" @click=${p.cancel}>${t.cancelDone}</button>
    </div>
  </form>`;
}
