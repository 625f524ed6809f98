/**
 * An open-loop load generator: requests start on a fixed schedule (every 1/rate s), whether or
 * not earlier ones have finished, and each latency is counted from when its request was due,
 * so a slow server or a late generator shows up in the figures (no coordinated omission).
 * autocannon's `overallRate` sends each second's share in one burst at the start of the
 * second, which measures a burst of 20 at once, not a steady rate.
 */
import { Agent, request } from 'node:http';

export interface Planned {
  method: string;
  path: string;
  token: string;
  body?: string;
}

export interface OpenLoopResult {
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  errors: number;
  'non-2xx': number;
}

export async function openLoop(
  url: string,
  { rate, seconds, next }: { rate: number; seconds: number; next: () => Planned },
): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const { hostname, port } = new URL(url);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now() + 20;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const planned = next();
    inFlight.push(
      new Promise<void>((resolve) => {
        const req = request(
          {
            agent,
            hostname,
            port,
            method: planned.method,
            path: planned.path,
            headers: {
              authorization: `Bearer ${planned.token}`,
              ...(planned.body
                ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(planned.body) }
                : {}),
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              latencies.push(performance.now() - due);
              if (res.statusCode! < 200 || res.statusCode! >= 300) non2xx++;
              resolve();
            });
          },
        );
        req.on('error', () => {
          errors++;
          resolve();
        });
        req.end(planned.body);
      }),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return {
    'req/s': Math.round(latencies.length / elapsed),
    'p50 ms': at(0.5),
    'p99 ms': at(0.99),
    errors,
    'non-2xx': non2xx,
  };
}
