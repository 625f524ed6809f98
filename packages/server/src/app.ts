/**
 * The HTTP app: the contract's routes over storage. Stateless apart from the rate limiter's
 * buckets: every instance can serve every request. Runs on Node (the server) and in the
 * browser (the offline mock) alike.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { ApiError, apiError, routes } from '@pfw/contract';
import { buildOpenApi } from '@pfw/contract/openapi';
import { Signer } from './auth/signer.js';
import { BankRegistry, type BankFileText } from './banks/registry.js';
import { bind } from './http/bind.js';
import { drainRequestBody } from './http/drain.js';
import { loggableError } from './http/log.js';
import { sendProblem } from './http/problems.js';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { WebhookSender } from './webhooks.js';
import { MatchIndexes } from './match-indexes.js';
import { mountAdmin } from './routes/admin.js';
import { mountAssessment } from './routes/assessment.js';
import { mountAuth } from './routes/auth.js';
import { mountConnections } from './routes/connections.js';
import { mountApplications } from './routes/applications.js';
import { mountCredentials } from './routes/credentials.js';
import { mountSkillClaims } from './routes/skill-claims.js';
import { mountJobProfiles } from './routes/job-profiles.js';
import { mountLearningPath } from './routes/learning-path.js';
import { mountCoach } from './routes/coach.js';
import { mountCatalogue } from './routes/catalogue.js';
import { mountCulture } from './routes/culture.js';
import { mountCommunity } from './routes/community.js';
import { mountMatches } from './routes/matches.js';
import { mountPrivacy } from './routes/privacy.js';
import { mountSkillLanguage } from './routes/skill-language.js';
import { mountSkillprints } from './routes/skillprints.js';
import { mountTalentPool } from './routes/talent-pool.js';
import { DEFAULT_SETTINGS, type Services, type Settings } from './services.js';
import type { Database } from './storage/database.js';
import { API_VERSION } from './version.js';

/** The server package's version (version.ts, kept by `npm run version`): `/v1/health` and the OpenAPI document say it. */
export { API_VERSION };
export const MAX_BODY_BYTES = 64 * 1024;

export interface AppOptions {
  settings?: Partial<Settings>;
  rateLimit?: RateLimitOptions;
  /** Calibrated bank files (read by the caller: this module runs in browsers too) and the version to use. */
  bankFiles?: readonly BankFileText[];
  bankVersion?: string;
  /**
   * Tests and a developer's machine: webhooks may go to loopback and private addresses. Never on
   * a real server (a partner admin could probe its network through the webhook).
   */
  allowPrivateWebhooks?: boolean;
}

/** Load what the routes share (the signing keys come from storage; bank files are checked against them). */
export async function createServices(db: Database, options: AppOptions = {}): Promise<Services> {
  const signer = await Signer.load(db);
  return {
    db,
    signer,
    banks:
      options.bankFiles?.length || options.bankVersion
        ? await BankRegistry.load(signer, options.bankFiles, options.bankVersion)
        : BankRegistry.provisional(),
    limiter: new RateLimiter(options.rateLimit ?? { perSecond: 20, burst: 100 }),
    indexes: new MatchIndexes(db),
    webhooks: new WebhookSender(db, undefined, { allowPrivateAddresses: options.allowPrivateWebhooks }),
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  };
}

export function createApp(services: Services): Hono {
  const app = new Hono();
  const { db } = services;

  // Answers are someone's data: no cache keeps them (a route that may be cached says so itself, as
  // the status lists do), and no browser guesses a type other than the one sent.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
    if (c.req.path.startsWith('/v1/') && !c.res.headers.has('cache-control'))
      c.res.headers.set('cache-control', 'no-store');
  });

  // Any origin may call: tokens and keys decide what is allowed, and a publishable key is checked
  // against its own allow-list of origins (see http/auth.ts).
  app.use(
    '*',
    cors({
      origin: (origin) => origin || '*',
      allowHeaders: ['authorization', 'content-type', 'x-pfw-key'],
      exposeHeaders: ['retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
      maxAge: 600,
    }),
  );
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: async (c) => {
        await drainRequestBody(c.env);
        return sendProblem(c, apiError(413, `A request body may be at most ${MAX_BODY_BYTES / 1024} kB.`).problem);
      },
    }),
  );

  bind(app, services, routes.getHealth, async () => {
    await db.query('SELECT 1');
    return { status: 'ok' as const, version: API_VERSION, storage: db.kind };
  });
  mountSkillLanguage(app, services);
  mountAuth(app, services);
  mountAssessment(app, services);
  mountSkillprints(app, services);
  mountTalentPool(app, services);
  mountJobProfiles(app, services);
  mountMatches(app, services);
  mountConnections(app, services);
  mountApplications(app, services);
  mountCredentials(app, services);
  mountSkillClaims(app, services);
  mountLearningPath(app, services);
  mountCoach(app, services);
  mountCatalogue(app, services);
  mountCulture(app, services);
  mountCommunity(app, services);
  mountPrivacy(app, services);
  mountAdmin(app, services);

  const openApi = buildOpenApi({ version: API_VERSION });
  app.get('/v1/openapi.json', (c) => c.json(openApi));

  app.notFound((c) => sendProblem(c, apiError(404, `No route ${c.req.method} ${c.req.path}.`).problem));
  app.onError((error, c) => {
    if (error instanceof ApiError) return sendProblem(c, error.problem);
    // The route, not the URL (its query may hold data), and the error without its parameters.
    console.error(`${c.req.method} ${c.req.routePath}: ${loggableError(error)}`);
    return sendProblem(c, apiError(500).problem);
  });
  return app;
}
