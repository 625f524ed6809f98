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

/** The four bytes of a dotted IPv4 address, or undefined. */
function ipv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  const bytes = m?.slice(1).map(Number);
  return bytes?.every((b) => b < 256) ? bytes : undefined;
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail allowed), or undefined. */
function ipv6(host: string): number[] | undefined {
  const cut = host.lastIndexOf(':') + 1;
  const v4 = ipv4(host.slice(cut));
  if (v4)
    host = `${host.slice(0, cut)}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  const halves = host.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) =>
    (part ? part.split(':') : []).map((x) => (/^[0-9a-f]{1,4}$/i.test(x) ? parseInt(x, 16) : NaN));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  const groups = [...head, ...Array<number>(halves.length === 2 ? fill : 0).fill(0), ...tail];
  return groups.every((x) => x >= 0) ? groups : undefined;
}

/**
 * Whether an IP address is on the public internet: not loopback, a private network, link-local,
 * shared (carrier NAT), documentation, multicast or reserved; an IPv4 address inside IPv6 (::ffff:…,
 * 64:ff9b::…) counts as itself. A name, or anything else that is no IP address, is undefined.
 */
export function isPublicIp(address: string): boolean | undefined {
  const host = address.replace(/^\[|\]$/g, '');
  const v4 = ipv4(host);
  if (v4) {
    const [a, b, c] = v4 as [number, number, number, number];
    return !(
      a === 0 ||
      a === 10 ||
      a === 127 ||
      a >= 224 ||
      (a === 100 && b >= 64 && b < 128) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b < 32) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0 && (c === 0 || c === 2)) ||
      (a === 198 && (b === 18 || b === 19 || (b === 51 && c === 100))) ||
      (a === 203 && b === 0 && c === 113)
    );
  }
  const g = host.includes(':') ? ipv6(host) : undefined;
  if (!g) return host.includes(':') ? false : undefined; // no name has a colon
  const embedded = () => `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(5) && g[5] === 0xffff) return isPublicIp(embedded()); // ::ffff:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isPublicIp(embedded()); // NAT64
  if (zeros(6)) return false; // ::, ::1 and the old ::a.b.c.d
  const first = g[0]!;
  return !(
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local
    (first & 0xffc0) === 0xfec0 || // site-local (old)
    (first & 0xff00) === 0xff00 || // multicast
    (first === 0x2001 && g[1] === 0x0db8) // documentation
  );
}

/** A loopback host: localhost (and *.localhost), 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || ipv4(host)?.[0] === 127;
}

/**
 * A partner's webhook: where events are POSTed (https; http only for localhost), signed after
 * the Standard Webhooks scheme (docs/api.md). Never an address in a private network: the server
 * would otherwise knock on its own neighbours' doors for whoever sets it. A loopback address is
 * for tests: the server takes it only when told to (allowPrivateWebhooks), and it
 * checks what a name resolves to when it saves the address and again before each delivery.
 */
export const WebhookSettings = /*#__PURE__*/ named(
  z.object({
    url: z.url().check(
      z.refine((url) => /^https:\/\//.test(url) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url), {
        message: 'must be an https address (http only for localhost)',
      }),
      z.refine(
        (url) => {
          const host = URL.canParse(url) ? new URL(url).hostname : '';
          return isLoopbackHost(host) || isPublicIp(host) !== false;
        },
        { message: 'must be a public address, not one in a private network (such as 10.0.0.1)' },
      ),
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
