/**
 * `npm start`: the API on embedded storage (PGlite in .data/, no database server needed) and the
 * demo pages, on one address: the demo server forwards /v1 and /.well-known to the API.
 */
import { join } from 'node:path';
import { createServer as createHttpServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import { createClient, routes, Role, type Client } from '@pfw/contract';
import { StorageError, startServer } from '@pfw/server';
import { DemoPartnerError, demoPartner, saveDemoPartner, type DemoPartner } from './demo-partner.js';
import { backdateSampleData, seedDemo } from './src/seed.js';
import { PAGES_DIR, buildPages, pagesAreFresh } from './pages.js';

const here = import.meta.dirname;
const dataDir = process.env.PFW_DATA_DIR ?? join(here, '..', '.data', 'pglite');
/** Storage that cannot be opened (the data folder in use by another process, read-only, …) is one line, no stack. */
const exitOnStartError = (error: unknown): never => {
  if (!(error instanceof StorageError || error instanceof DemoPartnerError)) throw error;
  console.error(error.message);
  process.exit(1);
};
/**
 * `npm start` serves the built pages (built again first when a source changed, see pages.ts);
 * `npm run dev` (PFW_DEV=1) serves the sources with hot reload. Either way the address is printed
 * as soon as the pages can be served: the API starts meanwhile, and a request for it waits.
 */
const dev = process.env.PFW_DEV === '1';
const pagesBuilt = dev || pagesAreFresh() ? undefined : buildPages();
if (pagesBuilt) console.log("  De pagina's worden gebouwd (eenmalig na een wijziging)…");

const port = Number(process.env.PORT ?? 5173);
const apiStarted = startServer({
  databaseUrl: process.env.DATABASE_URL,
  dataDir,
  // The API sits behind the demo server, which forwards to it, so any free port will do.
  port: Number(process.env.PFW_API_PORT ?? 0),
  // The demo backend mints a token for every sample job seeker on first start; a little more
  // room than the default (20/s, burst 100) keeps that fast. The seed also waits on a 429.
  rateLimit: { perSecond: 100, burst: 500 },
});

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
const sampleData: { state: 'making' | 'ready' | 'failed' } = { state: 'ready' };
const SAMPLE_DATA_AFTER_MS = 3000;

/**
 * The demo partner: a publishable key for these pages' origin, and a secret key that only this
 * process (standing in for the partner's own server) uses to mint tokens for its users. Its file
 * is kept with the storage (inside the data folder): every PFW_DATA_DIR has its own partner.
 */
interface Backend {
  api: Awaited<typeof apiStarted>;
  partnerFile: string;
  partnerData: DemoPartner;
  partnerServer: Client;
}
const backendReady = apiStarted.then(async (api): Promise<Backend> => {
  const { file, partner } = await demoPartner(api.services.db, { dataDir, databaseUrl: process.env.DATABASE_URL }, [
    `http://localhost:${port}`,
    `http://127.0.0.1:${port}`,
  ]);
  const partnerServer = createClient({ baseUrl: api.url, credentials: () => ({ token: partner.secretKey }) });
  const backend = { api, partnerFile: file, partnerData: partner, partnerServer };
  // A moment after the API is up: embedded storage answers one query at a time, and the first
  // page opened (often waiting for the API) should not queue behind the sample data's.
  if (seedWanted && !partner.seeded) {
    sampleData.state = 'making';
    setTimeout(() => void makeSampleData(backend), SAMPLE_DATA_AFTER_MS);
  }
  return backend;
});
backendReady.catch(exitOnStartError);

async function makeSampleData({ api, partnerFile, partnerData }: Backend): Promise<void> {
  console.log('  Voorbeelddata maken (eenmalig, op de achtergrond; de pagina’s werken al)…');
  try {
    const result = await seedDemo({
      baseUrl: api.url,
      secretKey: partnerData.secretKey,
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

/** /v1 and /.well-known go to the API, once it is up (a request made before then waits for it). */
function forwardToApi(req: IncomingMessage, res: ServerResponse): void {
  void backendReady.then(({ api }) => {
    const upstream = request(new URL(req.url!, api.url), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      res.statusCode = 502;
      res.end(`The API did not answer: ${error.message}`);
    });
    req.pipe(upstream);
  });
}

const json = (res: ServerResponse, body: unknown) => {
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
};

/** GET /demo-backend/token?role=…&subject=…: what a partner's backend does for its logged-in user. */
function mintToken(url: URL, res: ServerResponse): void {
  const role = Role.safeParse(url.searchParams.get('role'));
  const subject = url.searchParams.get('subject') ?? '';
  if (!role.success || !/^[a-z0-9-]{3,60}$/.test(subject)) {
    res.statusCode = 400;
    res.end('role and subject please');
    return;
  }
  const displayName = url.searchParams.get('displayName') ?? undefined;
  backendReady
    .then(({ partnerServer }) =>
      partnerServer.request(routes.createToken, { body: { role: role.data, subject, displayName } }),
    )
    .then((token) => json(res, token))
    .catch((error: Error) => {
      res.statusCode = 502;
      res.end(error.message);
    });
}

/**
 * What is not a page: the API (forwarded), and the partner's own backend on the same address
 * (/demo-backend/sample-data: whether the sample data is still being made, known once the API is
 * up; /demo-backend/token). False when the request is for a page or a file.
 */
function backendHandled(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://demo');
  if (/^\/(v1|\.well-known)(\/|$)/.test(url.pathname)) forwardToApi(req, res);
  else if (url.pathname === '/demo-backend/sample-data') void backendReady.then(() => json(res, sampleData));
  else if (url.pathname === '/demo-backend/token') mintToken(url, res);
  else return false;
  return true;
}

// The demo partner's key is bound to this port's origin: the port is fixed.
const host = process.env.HOST ?? 'localhost';
const url = `http://${host}:${port}/`;
const pages = dev ? await devServer() : await builtPagesServer();
console.log(`
  Passport for Work demo${dev ? ' (dev: sources with hot reload)' : ''}
  ➜ open ${url}
    offline mode (msw mock, no API): ${url}?mock
  Stop with Ctrl+C.
`);
const backend = await backendReady;
console.log(
  `  API ${backend.api.url} on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded storage (PGlite, .data/)'}: ready.`,
);

/**
 * Headers of every page and file: the pages are not meant to be framed (clickjacking; partners
 * embed the widgets, not these pages), and no browser guesses a type. Their own CSP is a <meta> tag
 * (vite.config.ts), which cannot say frame-ancestors; this header only adds that, so both apply.
 */
function pageHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', "frame-ancestors 'self'");
  res.setHeader('x-frame-options', 'SAMEORIGIN');
  res.setHeader('x-content-type-options', 'nosniff');
}

/** The built pages: files from demo/dist, compressed ahead (pages.ts); what carries a hash in its name is kept by the browser. */
async function builtPagesServer(): Promise<{ close(): Promise<void> }> {
  await pagesBuilt?.catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
  const files = sirv(PAGES_DIR, {
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, pathname) {
      const hashed = /^\/assets\/.+-[A-Za-z0-9_-]{8}\.\w+$/.test(pathname);
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const server = createHttpServer((req, res) => {
    if (backendHandled(req, res)) return;
    pageHeaders(res);
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what runs there, or set PORT.` : error);
      process.exit(1);
    });
    server.listen(port, host, resolve);
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The sources, with hot reload (npm run dev). Vite only here: its import alone takes a second. */
async function devServer(): Promise<{ close(): Promise<void> }> {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: join(here, 'vite.config.ts'),
    plugins: [
      {
        name: 'pfw-demo-backend',
        configureServer: (vite) =>
          void vite.middlewares.use((req, res, next) => {
            if (backendHandled(req, res)) return;
            pageHeaders(res);
            next();
          }),
      },
    ],
    server: { port, host, strictPort: true },
  });
  await server.listen();
  return server;
}

const stop = async () => {
  await pages.close();
  await backend.api.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
