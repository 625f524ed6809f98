/** Partners, their keys and the short-lived tokens they mint. */
import * as z from 'zod/mini';
import { Id, Pseudonym, Timestamp, named, text, int } from './common.js';

/**
 * An institution (a school, a training provider, an employer that trained someone) confirms
 * skills; a coach (a job coach of the partner) guides job seekers who gave them access.
 */
export const Role = z.enum(['candidate', 'employer', 'partner-admin', 'institution', 'coach']);
export type Role = z.infer<typeof Role>;

/** An origin such as https://www.example.nl (scheme, host, optional port; no path). */
export const Origin = z.string().check(z.regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/));

export const PartnerKey = /*#__PURE__*/ named(
  z.object({
    id: Id,
    partnerId: Id,
    kind: z.enum(['publishable', 'secret']),
    /** The start of the key, to recognise it; the whole secret key is shown once, at creation. */
    prefix: text(8, 20),
    allowedOrigins: z.array(Origin),
    createdAt: Timestamp,
    revokedAt: z.optional(Timestamp),
  }),
  'PartnerKey',
  'A partner key: publishable (browser-safe, bound to origins) or secret (server only).',
);

export const TokenRequest = /*#__PURE__*/ named(
  z.object({
    role: Role,
    /** The partner's own id for its user; never shown to employers. */
    subject: text(1, 200),
    /**
     * For employers and institutions: the organisation name others see; for a coach, the work name job seekers
     * see ("Fatima, trajectcoach Werkplein"). Never a job seeker's name.
     */
    displayName: z.optional(text(1, 120)),
    ttlSeconds: z.optional(int(60, 86_400)),
  }),
  'TokenRequest',
  "Ask for a short-lived token for one of the partner's users (secret key only).",
);

export const Token = /*#__PURE__*/ named(
  z.object({ token: text(20, 4000), tokenType: z.literal('Bearer'), expiresAt: Timestamp, role: Role }),
  'Token',
  'A short-lived signed token a widget sends as Authorization: Bearer.',
);
export type Token = z.infer<typeof Token>;

export const ProgrammeStats = /*#__PURE__*/ named(
  z.object({
    activeUsers: int(0),
    skillprintsCompleted: int(0),
    talentPool: int(0),
    employers: int(0),
    acceptedConnections: int(0),
    since: z.optional(Timestamp),
    /**
     * Lifelong development (#23), all time: learning paths started and completed (every step
     * done), steps done (and how many a coach confirmed), skills measured again in a retake and
     * how many of those grew (the 80 % ranges of the first and the newest skillprint no longer
     * overlap), and the coaches' caseloads.
     */
    development: z.optional(
      z.object({
        pathsStarted: int(0),
        pathsCompleted: int(0),
        stepsDone: int(0),
        stepsConfirmedByCoach: int(0),
        skillsRemeasured: int(0),
        skillsGrown: int(0),
        coaches: int(0),
        coachedPeople: int(0),
        largestCaseload: int(0),
      }),
    ),
    /** Per month, for charts. */
    series: z.optional(
      z.array(
        z.object({
          month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
          activeUsers: int(0),
          skillprintsCompleted: int(0),
          talentPool: int(0),
          employers: int(0),
          acceptedConnections: int(0),
        }),
      ),
    ),
  }),
  'ProgrammeStats',
  'The figures a programme reports.',
);

/** One public key (JWK): EC (ES256) or RSA (RS256, for Open Badges credentials). */
export const PublicKey = named(
  z.object({
    kty: z.string(),
    crv: z.optional(z.string()),
    x: z.optional(z.string()),
    y: z.optional(z.string()),
    /** RSA keys: modulus and exponent. */
    n: z.optional(z.string()),
    e: z.optional(z.string()),
    kid: z.string(),
    alg: z.optional(z.string()),
    use: z.optional(z.string()),
  }),
  'PublicKey',
  'A public signing key (JWK).',
);

export const Jwks = named(
  z.object({ keys: z.array(PublicKey) }),
  'Jwks',
  'Public keys that verify skillprint and credential signatures (JSON Web Key Set).',
);

/** What happened, for a partner's webhook: never a name or contact detail (the partner asks the API for those, once allowed). */
export const WebhookEventType = z.enum([
  'connection.requested',
  'connection.accepted',
  'connection.declined',
  'connection.withdrawn',
  'application.created',
  'application.declined',
  'application.withdrawn',
  'learning.reminder',
  'coach.action-due',
]);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/**
 * A partner's webhook: where events are POSTed (https; http only for localhost), signed after
 * the Standard Webhooks scheme (docs/api.md).
 */
export const WebhookSettings = /*#__PURE__*/ named(
  z.object({
    url: z.url().check(
      z.refine((url) => /^https:\/\//.test(url) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url), {
        message: 'must be an https address (http only for localhost)',
      }),
      z.maxLength(500),
    ),
  }),
  'WebhookSettings',
  "Where the partner's server receives events.",
);

export const WebhookDelivery = /*#__PURE__*/ named(
  z.object({
    id: z.string(),
    type: WebhookEventType,
    createdAt: Timestamp,
    attempts: int(0),
    status: z.enum(['pending', 'delivered', 'failed']),
    /** Why the last attempt failed (an HTTP status or a network error), while not delivered. */
    lastError: z.optional(z.string()),
  }),
  'WebhookDelivery',
  'One event sent (or being sent) to the webhook.',
);

export const Webhook = /*#__PURE__*/ named(
  z.object({
    url: z.nullable(z.string()),
    /** The signing secret (whsec_…): only in the answer that set the address. */
    secret: z.optional(z.string()),
    /** The newest deliveries first. */
    deliveries: z.array(WebhookDelivery),
  }),
  'Webhook',
  "The partner's webhook: its address and the latest deliveries.",
);

/**
 * Human oversight (EU AI Act, art. 14): a partner admin can switch matching off for the whole
 * tenant. Lists of matches, careers and candidates then answer 409 `matching-off`; requests,
 * applications and skillprints keep working.
 */
export const MatchingSettings = /*#__PURE__*/ named(
  z.object({ enabled: z.boolean() }),
  'MatchingSettings',
  'Whether matching and ranking are on for this partner.',
);

export const MatchingState = /*#__PURE__*/ named(
  z.object({
    enabled: z.boolean(),
    /** When it was last switched, and by which partner admin (absent: never switched). */
    changedAt: z.optional(Timestamp),
    changedBy: z.optional(z.string()),
  }),
  'MatchingState',
  'Whether matching is on, and when it was last switched.',
);
export type MatchingState = z.infer<typeof MatchingState>;

/**
 * An employer's decision against a ranked candidate for one job, with the reason: the candidate
 * leaves that job's list, and the decision is kept for the partner's oversight (never shown to
 * other employers, never used in matching).
 */
export const RejectionInput = /*#__PURE__*/ named(
  z.object({ candidate: Pseudonym, reason: text(3, 500) }),
  'RejectionInput',
  'Set a ranked candidate aside for a job, with the reason.',
);

export const Rejection = /*#__PURE__*/ named(
  z.object({
    jobProfileId: Id,
    jobTitle: text(1, 120),
    candidate: Pseudonym,
    reason: text(3, 500),
    createdAt: Timestamp,
  }),
  'Rejection',
  'A candidate an employer set aside for a job, and why.',
);
export type Rejection = z.infer<typeof Rejection>;
