/**
 * What the builder shows of its controllers: the profile's status (draft-saver.ts), the live
 * count and strictness warning (candidate-count.ts), the save state and the publish and close
 * buttons.
 */
import { html, nothing } from 'lit';
import type { Lang, Requirement } from '@pfw/contract';
import type { CandidateCount } from './candidate-count.js';
import type { DraftSaver } from './draft-saver.js';
import type { Messages } from './i18n/nl.js';

/** The profile's status, once it is on the server; a retry when it could not be loaded. */
export function renderStatus(saver: DraftSaver, t: Messages) {
  const status = saver.saved?.status;
  return html`${status ? html`<p class="status">${t.statusLabel(t.status[status])}</p>` : nothing}
  ${
    saver.loadFailed
      ? html`<p class="message error" role="alert">
        ${t.loadFailed} <button part="button" type="button" @click=${() => void saver.load()}>${t.retry}</button>
      </p>`
      : nothing
  }`;
}

/**
 * The summary bar (sticky): how many candidates fit well, and the warning when the must-haves are
 * too strict. `count` is there once its chunk is; `off`: nothing can be changed.
 */
export function renderPreview(
  t: Messages,
  lang: Lang,
  requirements: readonly Requirement[],
  token: boolean,
  count?: CandidateCount,
  off?: boolean,
) {
  const p = count?.preview;
  const text = !requirements.length
    ? t.previewNeedsSkills
    : !token
      ? t.previewNeedsLogin
      : count?.state === 'failed'
        ? t.previewFailed
        : p
          ? t.preview(p.strong, p.total)
          : t.previewCounting;

  return html`<section part="preview" class="preview" aria-labelledby="preview-heading">
    <h3 id="preview-heading" class="visually-hidden">${t.previewHeading}</h3>
    <p role="status" class="count">${text}</p>
    <p class="warning" aria-live="polite">${
      // Advice to change the skills only where they can be changed (not on a closed vacancy).
      off ? '' : count?.warning(requirements, lang)
    }</p>
  </section>`;
}

/** The save state, notes on the status, and the publish and close buttons. */
export function renderActions(
  saver: DraftSaver,
  t: Messages,
  lang: Lang,
  disabled: boolean,
  publish: () => void,
  close: () => void,
) {
  const { saved, state } = saver;
  const status = saved?.status;
  const closed = status === 'closed';
  const saveText =
    state === 'saving'
      ? t.saving
      : state === 'failed'
        ? t.saveFailed
        : state === 'saved' && saved
          ? t.savedServer(new Date(saved.updatedAt).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }))
          : state === 'local'
            ? t.savedLocal
            : '';
  // Edits of a published profile wait (saved, as its draft) until they are published.
  const pending = status === 'published' && (saver.dirty || !!saved?.draft);
  // While a publish or close is under way, pressing again does nothing (draft-saver.ts); the button keeps the focus.
  const busy = saver.busy ? 'true' : 'false';
  return html`<div part="actions" class="actions">
    <p class="save" role="status" tabindex="-1">${saver.notice || saveText}</p>
    ${closed ? html`<p class="hint">${t.closedNote}</p>` : nothing}
    ${pending ? html`<p class="hint">${t.pendingNote}</p>` : nothing}
    <div class="row">
      ${
        status !== 'published' || pending
          ? html`<button part="button" type="button" class="primary" ?disabled=${disabled} aria-disabled=${busy} @click=${publish}>
            ${closed ? t.publishAgain : pending ? t.publishChanges : t.publish}
          </button>`
          : nothing
      }
      ${
        status === 'published'
          ? html`<button part="button" type="button" class="secondary" ?disabled=${disabled} aria-disabled=${busy} @click=${close}>${t.close}</button>`
          : nothing
      }
    </div>
  </div>`;
}
