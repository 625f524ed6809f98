/**
 * Rate limiting per credential and address: a token bucket in memory. Each API instance keeps
 * its own buckets, so behind N instances the real limit is up to N times this — enough to stop
 * a runaway client; a shared limiter (e.g. in the load balancer) is the step after that.
 */
export interface RateLimitOptions {
  /** Requests a second, sustained. */
  perSecond: number;
  /** Requests that may come at once. */
  burst: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly options: RateLimitOptions) {}

  /** 0 when allowed; otherwise the seconds to wait. */
  take(key: string, now = Date.now()): number {
    const { perSecond, burst } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 50_000) this.sweep(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perSecond);
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) if (now - b.at > 60_000) this.buckets.delete(key);
  }
}
