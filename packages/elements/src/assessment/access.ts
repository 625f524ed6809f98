/**
 * Who takes the test: the partner's token, or else an anonymous person, started with the
 * publishable key. An anonymous person's token belongs to the test (it is kept with it on the
 * device): a new test, or a new session after the token expired, is a new anonymous person.
 */
import { ApiError, routes, type Client } from '@pfw/contract';
import type { PfwConfig } from '../base/context.js';

export interface AccessPort {
  /** The configuration and the API client in force (a partner token may arrive later). */
  config(): PfwConfig;
  client(): Client;
  /** The element's own token, and setting it. */
  token(): string | undefined;
  setToken(token: string | undefined): void;
  /** The token a <pfw-provider> gives (the page's logged-in person), if any. */
  partnerToken(): string | undefined;
}

export class Access {
  /** The token of an anonymous start, if that is who takes the test. */
  anonymous?: string;

  constructor(private readonly port: AccessPort) {}

  /** A test kept on the device goes on as the same anonymous person, unless the partner gave a token. */
  resume(token: string | undefined): void {
    if (token && !this.port.config().token) this.use(token);
  }

  /** A token for the API: the partner's, or an anonymous start's. */
  async ensure(): Promise<void> {
    const { token, publishableKey } = this.port.config();
    if (token) return;
    if (!publishableKey)
      throw new ApiError({
        type: 'about:blank',
        title: 'No access',
        status: 401,
        detail: 'set a token or a publishable key',
      });
    this.use((await this.port.client().request(routes.startAnonymous)).token);
  }

  /**
   * A partner token came after an anonymous start (a page where someone logged in): the anonymous
   * person steps aside, so the one logged in never goes on with another's test. True when so.
   */
  replaced(): boolean {
    const own = this.port.token();
    if (!this.anonymous || (own === this.anonymous && !this.port.partnerToken())) return false;
    this.drop();
    this.anonymous = undefined;
    return true;
  }

  /** Forget the anonymous person (the partner's token stays). */
  drop(): void {
    if (this.anonymous && this.port.token() === this.anonymous) this.use(undefined);
  }

  private use(token: string | undefined): void {
    this.anonymous = token;
    this.port.setToken(token);
  }
}
