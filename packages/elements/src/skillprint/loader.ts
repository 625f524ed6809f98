/**
 * Loading a skillprint (by id with the user's token, by share token, or given as an object)
 * with the skill texts it needs, and checking its signature. The check is a lazy part
 * (verify.ts): it loads while the skill texts load and runs after the card's first paint.
 */
import type { ReactiveControllerHost } from 'lit';
import {
  listSkillTexts,
  routes,
  type Client,
  type Problem,
  type SignedSkillprint,
  type SkillTexts,
} from '@pfw/contract';

export type Verification = 'checking' | 'verified' | 'not-verified';

/** Per API base: the skill texts, fetched once per page (the public keys: verify.ts). */
const skillTexts = new Map<string, Promise<SkillTexts[]>>();

/** What the loader needs of its element. */
export interface LoaderPort {
  /** Dispatch pfw-error. */
  report(error: unknown): Problem;
  /** The skillprint is on show (its check goes on). */
  shown(): void;
}

export class SkillprintLoader {
  /** The skillprint on show, once its skill texts are in. */
  shown?: SignedSkillprint;
  /** Why it could not be shown, as the message that says so (loadError: try again). */
  failure?: 'notFound' | 'linkExpired' | 'loadError';
  verification: Verification = 'checking';
  skills: SkillTexts[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly port: LoaderPort,
  ) {}

  /** Fetch by share token, or else by id. */
  async load(client: Client, id?: string, shareToken?: string): Promise<void> {
    this.failure = this.shown = undefined;
    this.host.requestUpdate();
    try {
      const signed = shareToken
        ? await client.request(routes.getSharedSkillprint, { params: { token: shareToken } })
        : await client.request(routes.getSkillprint, { params: { id: id! } });
      await this.show(signed, client);
    } catch (error) {
      const problem = this.port.report(error);
      this.failure =
        problem.status === 404
          ? problem.type.endsWith('share-link-expired')
            ? 'linkExpired'
            : 'notFound'
          : 'loadError';
      this.host.requestUpdate();
    }
  }

  /** Show this skillprint, then check it; `pfw-skillprint-loaded` says how the check ended. */
  async show(signed: SignedSkillprint, client: Client): Promise<void> {
    this.verification = 'checking';
    // A failed load leaves the skillprint unverified, like keys that cannot be fetched.
    const checker = import('./verify.js').catch(() => undefined);
    const base = client.baseUrl;
    if (!skillTexts.has(base))
      skillTexts.set(
        base,
        client.request(listSkillTexts).then((r) => r.items),
      );
    try {
      this.skills = await skillTexts.get(base)!;
    } catch (error) {
      skillTexts.delete(base);
      this.port.report(error);
    }
    this.shown = signed;
    this.host.requestUpdate();
    this.port.shown();
    const check = await checker;
    const verified = !!check && (await check.isGenuine(signed, client));
    this.verification = verified ? 'verified' : 'not-verified';
    this.host.requestUpdate();
    // Domain events bubble and are composed: a host page can listen on document.
    this.host.dispatchEvent(
      new CustomEvent('pfw-skillprint-loaded', {
        detail: { skillprint: signed, verified },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
