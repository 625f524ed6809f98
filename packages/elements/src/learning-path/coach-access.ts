/**
 * "Je coach" in the learning path: the job seeker gives a coach access with the code the coach
 * gave them (after seeing whose code it is), sees who looks along, when they last did and what
 * they wrote, and stops it after saying that the coach's notes go too. A render function over a
 * small port.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CoachGrant, CoachInvitePreview } from '@pfw/contract';
import type { Messages } from './i18n/nl.js';
import { nameInSentence } from '../base/locale.js';

export interface CoachAccessPort {
  t: Messages;
  grants: readonly CoachGrant[];
  /** Whose code was entered, waiting for "yes". */
  preview?: CoachInvitePreview & { code: string };
  codeError?: string;
  /** The coach whose Stop was pressed, waiting for "yes" (by id: the list may be loaded again meanwhile). */
  stopping?: string;
  busy: boolean;
  lookUp(event: SubmitEvent): void;
  grant(event: SubmitEvent): void;
  cancel(): void;
  /** Stop pressed (ask first), or the answer: undefined for "no". */
  askStop(grant?: CoachGrant): void;
  revoke(grant: CoachGrant): void;
}

export function renderCoachAccess(port: CoachAccessPort): TemplateResult {
  const { t } = port;
  const c = t.coach;
  return html`<section class="coach" aria-labelledby="coach-title">
    <h3 id="coach-title" tabindex="-1">${c.title}</h3>
    ${
      port.grants.length
        ? html`<ul class="grants">
          ${port.grants.map((g) => {
            const name = nameInSentence(g.coachName);
            return html`<li>
              ${c.looksAlong(name, new Date(g.grantedAt))}
              ${g.lastReadAt ? html`<br /><span class="muted">${c.lastLooked(new Date(g.lastReadAt))}</span>` : nothing}
              ${g.nextAction ? html`<br />${c.nextStep(g.nextAction.text, new Date(g.nextAction.due))}` : nothing}
              ${
                g.notes.length
                  ? html`<details>
                    <summary>${c.wrote(name)}</summary>
                    <ul>
                      ${g.notes.map((n) => html`<li>${c.note(new Date(n.writtenAt), n.text)}</li>`)}
                    </ul>
                  </details>`
                  : nothing
              }
              ${
                port.stopping === g.coachId
                  ? html`<p id="coach-stop-ask" tabindex="-1"><strong>${c.stopAsk(name)}</strong></p>
                      <div class="actions">
                        <button ?disabled=${port.busy} @click=${() => port.revoke(g)}>${c.stopYes}</button>
                        <button class="secondary" @click=${() => port.askStop()}>${c.no}</button>
                      </div>`
                  : html`<br /><button class="secondary" @click=${() => port.askStop(g)}>${c.stop(name)}</button>`
              }
            </li>`;
          })}
        </ul>`
        : html`<p>${c.intro}</p>`
    }
    ${
      port.preview
        ? html`<form class="consent" @submit=${port.grant} novalidate>
          <p id="coach-consent"><strong>${c.wants(nameInSentence(port.preview.coachName))}</strong> ${c.youCanStop}</p>
          <label for="coach-called">${c.called}</label>
          <input id="coach-called" name="called" maxlength="60" autocomplete="given-name" />
          <div class="actions">
            <button type="submit" ?disabled=${port.busy}>${c.yes}</button>
            <button type="button" class="secondary" @click=${port.cancel}>${c.no}</button>
          </div>
        </form>`
        : html`<form @submit=${port.lookUp} novalidate>
          <label for="coach-code">${c.codeLabel}</label>
          <p id="coach-code-hint" class="muted">${c.codeHint}</p>
          <input
            id="coach-code"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${port.codeError ? 'coach-code-hint coach-code-error' : 'coach-code-hint'}
            aria-invalid=${port.codeError ? 'true' : 'false'}
          />
          ${port.codeError ? html`<p id="coach-code-error" class="error">${port.codeError}</p>` : nothing}
          <div class="actions"><button type="submit" ?disabled=${port.busy}>${c.next}</button></div>
        </form>`
    }
  </section>`;
}
