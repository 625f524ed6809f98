/**
 * Answer early, but only once the request has arrived. When the API refuses a body before
 * reading it (413: over the size limit) and Node then closes the connection, the client — or a
 * proxy in front of us — is still sending: unread bytes turn the close into a reset, and the
 * client sees "connection reset" (a proxy: 502) instead of our 413. So the rest of the body is
 * read and dropped first, up to a bound in bytes and time; past that the connection is cut after all.
 */
import type { IncomingMessage } from 'node:http';

/** Past this much unread body, or this long, stop reading and answer anyway. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;
const MAX_DRAIN_MS = 5_000;

/** Resolves once the Node request's body has been read to its end (or the bounds are reached). A no-op outside Node. */
export function drainRequestBody(env: unknown): Promise<void> {
  const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || incoming.complete || incoming.destroyed || incoming.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    let drained = 0;
    const done = () => {
      clearTimeout(timer);
      incoming.off('readable', pump);
      incoming.off('end', done);
      incoming.off('error', done);
      incoming.off('close', done);
      resolve();
    };
    // Read in paused mode: the web stream over this request listens for 'readable', which makes
    // resume() a no-op, so the bytes are pulled with read() instead.
    const pump = () => {
      for (let chunk: Buffer | null; (chunk = incoming.read() as Buffer | null) !== null;) {
        drained += chunk.length;
        if (drained > MAX_DRAIN_BYTES) return done();
      }
    };
    const timer = setTimeout(done, MAX_DRAIN_MS);
    incoming.on('readable', pump);
    incoming.on('end', done);
    incoming.on('error', done);
    incoming.on('close', done);
    pump();
  });
}
