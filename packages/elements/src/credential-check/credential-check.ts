import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  decodeBase64url,
  listSkillTexts,
  routes,
  type CredentialVerdict,
  type TextLang,
  type SkillTexts,
} from '@pfw/contract';
import { isProvisional, testMonth } from '@pfw/core/norms';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController, comma, inLang } from '../base/locale.js';
import nl, { type Messages } from './i18n/nl.js';
import { styles } from './credential-check.styles.js';

/** What can be checked: a credential (VC-JWT) or a share link's token. */
export type CheckInput = { credential: string } | { shareToken: string };

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

/**
 * What a person pasted, scanned or opened: a VC-JWT, a link with `#share=…` (the skillprint's own
 * form, also the QR code on a printed skillprint) or `#credential=…`, a share link made before
 * the token moved after `#` (`…?share=<token>`), `…/shared/<token>` or `…#<token>`, or a bare
 * token. Undefined when it is none of these.
 */
export function checkInputOf(text: string): CheckInput | undefined {
  const value = text.trim();
  if (JWS.test(value)) return { credential: value };
  if (TOKEN.test(value)) return { shareToken: value };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const hash = new URLSearchParams(url.hash.slice(1));
  const credential = hash.get('credential');
  if (credential && JWS.test(credential)) return { credential };
  const share =
    hash.get('share') ??
    url.searchParams.get('share') ??
    /\/shared\/([A-Za-z0-9_-]+)$/.exec(url.pathname)?.[1] ??
    url.hash.slice(1);
  return share && TOKEN.test(share) ? { shareToken: share } : undefined;
}

const PSEUDONYM = /^urn:pfw:pseudonym:([A-Za-z0-9-]{4,40})$/;

/** The pseudonym a skillprint credential is about (its `credentialSubject.id`), if it names one. */
export function holderOf(jwt: string): string | undefined {
  try {
    const payload = decodeBase64url(jwt.split('.')[1]!);
    const subject = JSON.parse(new TextDecoder().decode(payload))?.credentialSubject?.id;
    return typeof subject === 'string' ? PSEUDONYM.exec(subject)?.[1] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @tagname pfw-credential-check
 * @summary Checks a skillprint credential, share link or QR code, and says in plain words what is true.
 *
 * @fires pfw-credential-checked - When a check has an answer. `detail: { verdict }` (a CredentialVerdict).
 * @fires pfw-error - When the check could not be done. `detail: { problem }`.
 *
 * @csspart verdict - The box with the answer.
 * @cssproperty --pfw-credential-check-max-width - Widest the widget grows (default 48rem).
 */
export class PfwCredentialCheck extends PfwElement {
  static override styles = [...PfwElement.styles, styles];
  static override properties: PropertyDeclarations = {
    credential: { attribute: false },
    shareToken: { attribute: 'share-token' },
    readLocation: { type: Boolean, attribute: 'read-location' },
    verdict: { state: true },
    holder: { state: true },
    message: { state: true },
    skills: { state: true },
  };

  /** A credential (VC-JWT) to check at once. */
  credential?: string;
  /** A share link's token to check at once. */
  shareToken?: string;
  /** Check what the page's address holds after `#` (`share=…` or `credential=…`): the QR code's target. */
  readLocation = false;

  private verdict?: CredentialVerdict;
  /** Whose skillprint it is: the pseudonym the credential or the shared skillprint names. */
  private holder?: string;
  private message = '';
  private skills = new Map<string, SkillTexts>();
  /** The latest check: an answer to an earlier one (the address changed meanwhile) is dropped. */
  private asked = 0;

  private readonly locale = new LocaleController<Messages, TextLang>(
    this,
    {
      nl,
      en: () => import('./i18n/en.js'),
      ar: () => import('./i18n/ar.js'),
      tr: () => import('./i18n/tr.js'),
      pl: () => import('./i18n/pl.js'),
      uk: () => import('./i18n/uk.js'),
      a2: () => import('./i18n/a2.js'),
    },
    this.providerLang,
  );
  private checkedKey?: string;
  private readonly onHashChange = () => this.checkLocation();

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.readLocation) {
      addEventListener('hashchange', this.onHashChange);
      this.checkLocation();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('credential') && this.credential) void this.check({ credential: this.credential });
    else if (changed.has('shareToken') && this.shareToken) void this.check({ shareToken: this.shareToken });
  }

  private checkLocation(): void {
    if (location.hash.length <= 1) return;
    const input = checkInputOf(location.href);
    if (input) void this.check(input);
    // A link meant for this page that it cannot read (cut off, mistyped): no earlier answer stays.
    else if (/^#(?:.*&)?(?:share|credential)=/.test(location.hash)) this.say(this.locale.t.notUnderstood);
  }

  /** Say this instead of an answer (and forget any check still under way). */
  private say(message: string): void {
    this.asked++;
    this.checkedKey = undefined;
    this.verdict = undefined;
    this.holder = undefined;
    this.message = message;
  }

  /** Check a credential or token; the answer shows in the widget and goes to the page as an event. */
  async check(input: CheckInput): Promise<CredentialVerdict | undefined> {
    const key = JSON.stringify(input);
    if (key === this.checkedKey && this.verdict) return this.verdict;
    const t = this.locale.t;
    this.say(t.checking);
    this.checkedKey = key;
    const asked = this.asked;
    try {
      const verdict = await this.client.request(routes.verifyCredential, { body: input });
      const [holder] = await Promise.all([
        verdict.issuer ? this.holderFor(input) : undefined,
        verdict.skills.length ? this.loadSkills() : undefined,
      ]);
      if (asked !== this.asked) return undefined;
      this.verdict = verdict;
      this.holder = holder;
      this.message = '';
      this.dispatchEvent(
        new CustomEvent('pfw-credential-checked', { detail: { verdict }, bubbles: true, composed: true }),
      );
      return verdict;
    } catch (error) {
      if (asked !== this.asked) return undefined;
      this.checkedKey = undefined;
      const { status } = this.reportError(error);
      // Too long (413) or not a credential at all (400): trying again later would not help.
      this.message = status === 400 || status === 413 ? t.notUnderstood : t.failed;
      return undefined;
    }
  }

  private async loadSkills(): Promise<void> {
    if (this.skills.size) return;
    const { items } = await this.client.request(listSkillTexts, { query: { lang: this.locale.tag } });
    this.skills = new Map(items.map((s) => [s.id, s]));
  }

  /** The pseudonym of whom the checked skillprint is: in the credential, or in the shared skillprint. */
  private async holderFor(input: CheckInput): Promise<string | undefined> {
    if ('credential' in input) return holderOf(input.credential);
    try {
      const shared = await this.client.request(routes.getSharedSkillprint, { params: { token: input.shareToken } });
      return shared.skillprint.owner;
    } catch {
      return undefined; // the verdict stands without a name
    }
  }

  // One thing is checked: the text box or the file, whichever was filled last (the other is emptied).
  private onTyped(event: Event): void {
    const file = (event.target as HTMLTextAreaElement).form!.elements.namedItem('file') as HTMLInputElement;
    if ((event.target as HTMLTextAreaElement).value.trim()) file.value = '';
  }

  private onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.files?.length) (input.form!.elements.namedItem('input') as HTMLTextAreaElement).value = '';
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = (form.elements.namedItem('input') as HTMLTextAreaElement).value;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    const value = text.trim() || (file ? await file.text() : '');
    const t = this.locale.t;
    if (!value) return this.say(t.empty);
    const input = checkInputOf(value);
    if (!input) return this.say(text.trim() ? t.notUnderstood : t.fileNotUnderstood);
    // Asked again, checked again: a link may have been stopped, a credential withdrawn since.
    this.checkedKey = undefined;
    await this.check(input);
  }

  private renderVerdict(v: CredentialVerdict) {
    const t = this.locale.t;
    const lang: TextLang = this.locale.lang;
    const month = v.assessmentVersion ? testMonth(v.assessmentVersion) : undefined;
    return html`<div part="verdict" class="verdict ${v.valid ? 'valid' : ''}" tabindex="-1">
      <p class="badge ${v.valid ? 'ok' : ''}">${v.valid ? `✓ ${t.real}` : `✗ ${t.notReal}`}</p>
      ${this.holder ? html`<p class="holder">${t.holder(this.holder)}</p>` : nothing}
      ${v.problem ? html`<p>${t.problems[v.problem]}</p>` : nothing}
      ${v.issuer && v.issuedAt ? html`<p>${t.issued(v.issuer.name, new Date(v.issuedAt))}</p>` : nothing}
      ${v.assessmentVersion ? html`<p>${month ? t.measured(month) : t.version(v.assessmentVersion)}</p>` : nothing}
      ${v.assessmentVersion && isProvisional(v.assessmentVersion) ? html`<p>${t.provisional}</p>` : nothing}
      ${
        v.skills.length
          ? html`<h3>${t.skillsHeading}</h3>
            <p class="muted">${t.scale}</p>
            <ul>
              ${v.skills.map((s) => {
                const skill = this.skills.get(s.skillId);
                // Read by someone else than its owner: a level's name, not the skill's sentences that say "je".
                return html`<li>
                  <span class="skill">${inLang(skill?.label, lang) ?? s.skillId}</span>:
                  ${t.levelNames[s.level - 1]}${comma(lang)}${t.level.toLowerCase()} ${t.levelOf(s.level, s.low, s.high)}
                </li>`;
              })}
            </ul>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const t = this.locale.t;
    return html`<section aria-labelledby="title">
      <h2 id="title">${t.title}</h2>
      <p>${t.intro}</p>
      <form @submit=${this.onSubmit} novalidate>
        <label for="input">${t.inputLabel}</label>
        <textarea id="input" name="input" spellcheck="false" autocomplete="off" @input=${this.onTyped}></textarea>
        <label for="file">${t.fileLabel}</label>
        <input id="file" name="file" type="file" accept=".jwt,.txt,application/vc+jwt,text/plain" @change=${this.onFileChosen} />
        <button type="submit">${t.check}</button>
      </form>
      <p class="message" role="status" aria-live="polite">${this.message}</p>
      ${this.verdict ? this.renderVerdict(this.verdict) : nothing}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pfw-credential-checked': CustomEvent<{ verdict: CredentialVerdict }>;
  }
}
