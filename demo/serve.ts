/**
 * `npm start`: the API on embedded storage (PGlite in .data/, no database server needed) and the
 * demo pages, on one address: the demo server forwards /v1 and /.well-known to the API.
 */
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { createClient, routes, Role } from '@pfw/contract';
import { StorageError, startServer } from '@pfw/server';
import { DemoPartnerError, demoPartner, saveDemoPartner } from './demo-partner.js';
import { backdateSampleData, seedDemo } from './src/seed.js';

const here = import.meta.dirname;
const dataDir = process.env.PFW_DATA_DIR ?? join(here, '..', '.data', 'pglite');
/** Storage that cannot be opened (the data folder in use by another process, read-only, …) is one line, no stack. */
const exitOnStartError = (error: unknown): never => {
  if (!(error instanceof StorageError || error instanceof DemoPartnerError)) throw error;
  console.error(error.message);
  process.exit(1);
};
const api = await startServer({
  databaseUrl: process.env.DATABASE_URL,
  dataDir,
  // The API sits behind the demo server's proxy, so any free port will do.
  port: Number(process.env.PFW_API_PORT ?? 0),
  // The demo backend mints a token for every sample job seeker on first start; a little more
  // room than the default (20/s, burst 100) keeps that fast. The seed also waits on a 429.
  rateLimit: { perSecond: 100, burst: 500 },
}).catch(exitOnStartError);

/**
 * The demo partner: a publishable key for these pages' origin, and a secret key that only this
 * process (standing in for the partner's own server) uses to mint tokens for its users. Its file
 * is kept with the storage (inside the data folder): every PFW_DATA_DIR has its own partner.
 */
const port = Number(process.env.PORT ?? 5173);
const { file: partnerFile, partner: partnerData } = await demoPartner(
  api.services.db,
  { dataDir, databaseUrl: process.env.DATABASE_URL },
  [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
).catch(exitOnStartError);
const { secretKey } = partnerData;

/**
 * Sample data, once: employers, job profiles and a few hundred simulated job seekers, made through
 * the API after the pages are up (a first start is usable at once; the pages say "voorbeelddata
 * wordt gemaakt" until it is done, see demo/src/setup.ts). The marker in the partner's file keeps
 * it from running twice. PFW_SEED=0 skips it (tests that start this server get an empty programme
 * unless they set PFW_SEED=1); PFW_SEED_CANDIDATES sets the number of job seekers (default 150:
 * each plays the whole test through the API).
 */
const seedWanted = process.env.PFW_SEED
  ? process.env.PFW_SEED !== '0'
  : process.env.NODE_ENV !== 'test' && !process.env.CI;
const sampleData: { state: 'making' | 'ready' | 'failed' } = {
  state: seedWanted && !partnerData.seeded ? 'making' : 'ready',
};
async function makeSampleData(): Promise<void> {
  console.log('  Voorbeelddata maken (eenmalig, op de achtergrond; de pagina’s werken al)…');
  try {
    const result = await seedDemo({
      baseUrl: api.url,
      secretKey,
      candidates: Number(process.env.PFW_SEED_CANDIDATES ?? 150),
      onProgress: (message) => console.log(`    ${message}`),
    });
    // Demo only: spread the sample's dates over the past year (see backdateSampleData for why).
    await backdateSampleData(api.services.db, result.timeline);
    saveDemoPartner(partnerFile, { ...partnerData, seeded: { at: new Date().toISOString(), counts: result.counts } });
    sampleData.state = 'ready';
    console.log(`  Voorbeelddata klaar in ${(result.ms / 1000).toFixed(1)} s: ${JSON.stringify(result.counts)}`);
  } catch (error) {
    sampleData.state = 'failed';
    console.error(`  Voorbeelddata maken mislukt: ${(error as Error).message}`);
  }
}
const partnerServer = createClient({ baseUrl: api.url, credentials: () => ({ token: secretKey }) });

/** GET /demo-backend/token?role=…&subject=…: what a partner's backend does for its logged-in user. */
const demoBackend: Plugin = {
  name: 'pfw-demo-backend',
  configureServer(server) {
    // GET /demo-backend/sample-data: whether the sample data is still being made.
    server.middlewares.use('/demo-backend/sample-data', (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('cache-control', 'no-store');
      res.end(JSON.stringify(sampleData));
    });
    server.middlewares.use('/demo-backend/token', (req, res) => {
      const url = new URL(req.url ?? '', 'http://demo');
      const role = Role.safeParse(url.searchParams.get('role'));
      const subject = url.searchParams.get('subject') ?? '';
      if (!role.success || !/^[a-z0-9-]{3,60}$/.test(subject)) {
        res.statusCode = 400;
        res.end('role and subject please');
        return;
      }
      partnerServer
        .request(routes.createToken, {
          body: { role: role.data, subject, displayName: url.searchParams.get('displayName') ?? undefined },
        })
        .then((token) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(token));
        })
        .catch((error: Error) => {
          res.statusCode = 502;
          res.end(error.message);
        });
    });
  },
};

const demo = await createServer({
  configFile: join(here, 'vite.config.ts'),
  plugins: [demoBackend],
  server: {
    port,
    host: process.env.HOST ?? 'localhost',
    // The demo partner's key is bound to this port's origin.
    strictPort: true,
    proxy: { '/v1': api.url, '/.well-known': api.url },
  },
});
await demo.listen();
const url = demo.resolvedUrls?.local[0] ?? `http://localhost:${demo.config.server.port}/`;
console.log(`
  Passport for Work demo
  ➜ open ${url}
    API ${api.url} on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded storage (PGlite, .data/)'}
    offline mode (msw mock, no API): ${url}?mock
  Stop with Ctrl+C.
`);
if (sampleData.state === 'making') void makeSampleData();

const stop = async () => {
  await demo.close();
  await api.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
