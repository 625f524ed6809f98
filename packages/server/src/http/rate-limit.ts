/**
 * Rate limiting: token buckets in memory, first per client address (before any key or token is
 * checked, so a client cannot escape by sending a new made-up credential each time, and each
 * refused request costs no signature check), then per verified principal (a person, or a
 * partner's key from one address). Each API instance keeps its own buckets, so behind N
 * instances the real limit is up to N times this — enough to stop a runaway client; a shared
 * limiter (e.g. in the load balancer) is the step after that.
 */
export interface Rate {
  /** Requests a second, sustained. */
  perSecond: number;
  /** Requests that may come at once. */
  burst: number;
}

export interface RateLimitOptions extends Rate {
  /** The limit per client address; default five times the per-principal rate (many people can share one address, e.g. a school). */
  perAddress?: Rate;
}

/** What one bucket says about a request: allowed or not, and the figures for the RateLimit headers. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the bucket is full again (allowed) or until one request is allowed (refused). */
  reset: number;
}

/** Buckets idle this long are as good as full: forgetting them changes nothing. Swept at most this often. */
const SWEEP_EVERY_MS = 60_000;
/** A hard bound on memory under a flood of addresses: the oldest buckets go first. */
const MAX_BUCKETS = 200_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;
  constructor(private readonly rate: Rate) {}

  get size(): number {
    return this.buckets.size;
  }

  take(key: string, now = Date.now()): RateDecision {
    const { perSecond, burst } = this.rate;
    if (now - this.lastSweep > SWEEP_EVERY_MS) this.sweep(now);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value!);
      bucket = { tokens: burst, at: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return {
        allowed: true,
        limit: burst,
        remaining: Math.floor(bucket.tokens),
        reset: Math.ceil((burst - bucket.tokens) / perSecond),
      };
    }
    return {
      allowed: false,
      limit: burst,
      remaining: 0,
      reset: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)),
    };
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    const full = (this.rate.burst / this.rate.perSecond) * 1000;
    for (const [key, b] of this.buckets) if (now - b.at > full) this.buckets.delete(key);
  }
}

export class RateLimiter {
  readonly byAddress: TokenBuckets;
  readonly byPrincipal: TokenBuckets;
  constructor(options: RateLimitOptions) {
    this.byAddress = new TokenBuckets(
      options.perAddress ?? { perSecond: options.perSecond * 5, burst: options.burst * 5 },
    );
    this.byPrincipal = new TokenBuckets(options);
  }
}

/**
 * The client's address. Behind a reverse proxy every request comes from the proxy; list its
 * address in `trustedProxies` and the address it forwards (the last X-Forwarded-For entry it
 * added) is used instead. Forwarded headers from anyone else are ignored: they can be forged.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: readonly string[],
): string {
  let address = socketAddress ?? 'local';
  if (!trustedProxies.length || !forwardedFor) return address;
  const hops = forwardedFor
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  while (trustedProxies.includes(address) && hops.length) address = hops.pop()!;
  return address;
}
