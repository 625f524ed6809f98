/** What route handlers share: storage, the signer, the rate limiter and settings. */
import type { Database } from './storage/database.js';
import type { Signer } from './auth/signer.js';
import type { BankRegistry } from './banks/registry.js';
import type { RateLimiter } from './http/rate-limit.js';
import type { MatchIndexes } from './match-indexes.js';
import type { WebhookSender } from './webhooks.js';

export interface Settings {
  /** Longest life of a minted token. */
  maxTokenSeconds: number;
  /** Days before an unanswered assessment session expires. */
  sessionDays: number;
  /** Days before an unanswered connection request expires. */
  connectionDays: number;
  /** Days the audit log keeps what employers were shown (EU AI Act: at least six months; see docs/privacy.md). */
  auditRetentionDays: number;
  /** The consent text versions a candidate can agree to. */
  consentTextVersions: readonly string[];
  /** Addresses of reverse proxies whose X-Forwarded-For is believed (PFW_TRUSTED_PROXIES); see docs/api.md. */
  trustedProxies: readonly string[];
  /**
   * The API's public address (PFW_PUBLIC_URL, e.g. https://api.example.org) for the URLs inside
   * credentials: issuer profiles, keys, status lists. Without it, the address the request came to.
   */
  publicUrl?: string;
  /** Tests only: fetch another issuer's keys and lists from 127.0.0.1 over plain HTTP. */
  allowLoopbackKeyUrls?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  maxTokenSeconds: 24 * 3600,
  sessionDays: 7,
  connectionDays: 30,
  auditRetentionDays: 365,
  consentTextVersions: ['2026-11'],
  trustedProxies: [],
};

export interface Services {
  db: Database;
  signer: Signer;
  /** The bank versions this server scores with, and the current one. */
  banks: BankRegistry;
  limiter: RateLimiter;
  indexes: MatchIndexes;
  /** Sends the partners' webhooks (started by startServer; the offline mock never sends). */
  webhooks: WebhookSender;
  settings: Settings;
}
