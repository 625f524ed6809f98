/** The HTTP app: the contract's routes over storage. Stateless: every instance can serve every request. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { ApiError, apiError, routes } from '@pfw/contract';
import { buildOpenApi } from '@pfw/contract/openapi';
import type { Database } from './storage/database.js';
import { bind } from './http/bind.js';
import { sendProblem } from './http/problems.js';
import { mountSkillLanguage } from './routes/skill-language.js';

export const API_VERSION = '0.0.0';

export interface AppOptions {
  db: Database;
}

export function createApp({ db }: AppOptions): Hono {
  const app = new Hono();

  // Public routes are readable from any origin; keyed routes narrow this per partner (see auth).
  app.use('/v1/*', cors({ origin: '*', allowHeaders: ['authorization', 'content-type', 'x-pfw-key'], maxAge: 600 }));
  app.use(
    '/v1/*',
    bodyLimit({ maxSize: 64 * 1024, onError: (c) => sendProblem(c, apiError(413, 'A request body may be at most 64 kB.').problem) }),
  );

  bind(app, routes.getHealth, async () => {
    await db.query('SELECT 1');
    return { status: 'ok' as const, version: API_VERSION, storage: db.kind };
  });
  mountSkillLanguage(app);

  const openApi = buildOpenApi({ version: API_VERSION });
  app.get('/v1/openapi.json', (c) => c.json(openApi));

  app.notFound((c) => sendProblem(c, apiError(404, `No route ${c.req.method} ${c.req.path}.`).problem));
  app.onError((error, c) => {
    if (error instanceof ApiError) return sendProblem(c, error.problem);
    console.error(error);
    return sendProblem(c, apiError(500).problem);
  });
  return app;
}
