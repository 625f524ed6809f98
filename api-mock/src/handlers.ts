/**
 * The offline API: msw handlers that answer every request with the real app (@pfw/server's
 * Hono app) over in-memory PGlite. Same routes, same schemas, same rules as the server — the
 * mock cannot drift from the contract, because it is the implementation, minus the network.
 */
import { http, type HttpHandler } from 'msw';
import {
  createApp,
  createPartner,
  createServices,
  migrate,
  openPglite,
  type CreatedPartner,
  type Services,
} from '@pfw/server/embedded';

export interface MockOptions {
  /** Where the mock answers: "" for the page's own origin, or e.g. "https://api.example.nl". */
  baseUrl?: string;
  /** Origins allowed to use the mock partner's publishable key. */
  origins?: readonly string[];
  /**
   * A dump of an empty database with every migration applied (the server's database-template.ts
   * makes it): the mock then starts in about a second instead of making its database from nothing.
   */
  template?: Blob;
}

/** Fixed keys of the mock partner, so demo pages and tests can use them. Not secret: nothing real is behind them. */
export const MOCK_KEYS = {
  publishable: 'pk_mock_publishable_key',
  secret: 'sk_mock_secret_key_only_for_offline_use',
} as const;

export interface MockApi {
  handlers: HttpHandler[];
  partner: CreatedPartner;
  services: Services;
  /** The app itself, without the service worker: for tests that wrap a response (e.g. "stored, but the reply got lost"). */
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}

export async function createMockApi(options: MockOptions = {}): Promise<MockApi> {
  const db = await openPglite(undefined, options.template);
  await migrate(db);
  // No rate limit offline: tests and demos run fast loops on purpose.
  const services = await createServices(db, { rateLimit: { perSecond: 1e9, burst: 1e9 } });
  const origins = options.origins ?? (typeof location === 'undefined' ? [] : [location.origin]);
  const partner = await createPartner(db, { name: 'Offline demo', origins, keys: MOCK_KEYS });
  const app = createApp(services);
  const base = options.baseUrl ?? '';
  // A browser sends the page's Origin with a POST, but the service worker hands over a request
  // without it (a forbidden header that no script can set): pass it to the app as a binding.
  const bindings = typeof location === 'undefined' ? {} : { pageOrigin: location.origin };
  const forward = ({ request }: { request: Request }) => app.fetch(request, bindings);
  return {
    handlers: [http.all(`${base}/v1/*`, forward), http.all(`${base}/.well-known/*`, forward)],
    partner,
    services,
    fetch: (request) => Promise.resolve(app.fetch(request, bindings)),
    close: () => db.close(),
  };
}
