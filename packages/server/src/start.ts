/** Start the API: open storage, migrate, listen. Used by `npm start` and by the CLI. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, createServices, type AppOptions } from './app.js';
import { openDatabase, type OpenOptions } from './storage/database.js';
import { migrate } from './storage/migrate.js';
import { readBankDir } from './banks/files.js';
import type { Services } from './services.js';
import { startReminders } from './reminders.js';

export interface RunningServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

export type StartOptions = OpenOptions &
  AppOptions & {
    port?: number;
    hostname?: string;
    /** Folder of calibrated bank files (read at start; see banks/). */
    bankDir?: string;
  };

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const db = await openDatabase(options);
  const hostname = options.hostname ?? '127.0.0.1';
  let services: Services;
  let server: ReturnType<typeof serve>;
  try {
    await migrate(db);
    services = await createServices(db, {
      ...options,
      bankFiles: options.bankFiles ?? (options.bankDir ? readBankDir(options.bankDir) : undefined),
    });
    const app = createApp(services);
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname }, () => {
        s.off('error', reject);
        resolve(s);
      });
      s.once('error', reject); // e.g. the port is taken
    });
  } catch (error) {
    // Close storage (and release an embedded data folder's lock) before giving up.
    await db.close().catch(() => undefined);
    throw error;
  }
  services.webhooks.start();
  const reminders = startReminders(db);
  await services.indexes.startBackground(db);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostname}:${port}`,
    services,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      reminders.stop();
      await services.webhooks.stop();
      await services.indexes.stop();
      await db.close();
    },
  };
}
