/**
 * What a partner's own site does: log its user in and get a short-lived token for them from its
 * backend (here /demo-backend/token; offline, the page asks the mock directly).
 */
import { createClient, routes, type Role } from '@pfw/contract';
import { mockMode } from './setup.js';

export async function tokenFor(role: Role, subject: string, displayName?: string): Promise<string> {
  if (mockMode) {
    const { MOCK_KEYS } = await import('@pfw/api-mock');
    const partner = createClient({ baseUrl: '', credentials: () => ({ token: MOCK_KEYS.secret }) });
    return (await partner.request(routes.createToken, { body: { role, subject, displayName } })).token;
  }
  const query = new URLSearchParams({ role, subject, ...(displayName ? { displayName } : {}) });
  const response = await fetch(`/demo-backend/token?${query.toString()}`);
  if (!response.ok) throw new Error(await response.text());
  return ((await response.json()) as { token: string }).token;
}
