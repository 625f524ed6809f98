/**
 * Sends stored answers to the server, oldest first, one at a time, until none is left. A lost
 * connection or a busy server means: wait and try again (1 s, 2 s, 4 s … up to 30 s, and at
 * once when the browser is back online). The write is idempotent (the server keeps the first
 * answer per item), so a retry after a lost reply never counts twice. A refused answer is kept
 * on the device with the server's reason and not sent again.
 */
import { ApiError, isProblemType, routes, type Client, type StoredResponse } from '@pfw/contract';
import { writeSaved, type SavedTest } from './saved-test.js';

export type QueueStatus = 'idle' | 'sending' | 'offline' | 'expired';

export interface QueueHost {
  client(): Client;
  /** The test in progress (the queue edits `unsent` and `rejected` in place and saves). */
  saved(): SavedTest | undefined;
  storageKey(): string;
  changed(): void;
  rejected(itemId: string, message: string): void;
  /** The server took an answer and says what comes next. */
  acknowledged(reply: StoredResponse): void;
}

const isExpired = (e: ApiError) =>
  e.status === 401 || e.status === 404 || (e.status === 409 && isProblemType(e.problem, 'assessment-expired'));

export class AnswerQueue {
  /** Milliseconds to wait before each next try. */
  static retryDelays = [1000, 2000, 4000, 8000, 15000, 30000];

  status: QueueStatus = 'idle';
  private running?: Promise<void>;
  private timer?: ReturnType<typeof setTimeout>;
  private attempts = 0;
  private readonly online = () => void this.flush();
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly host: QueueHost) {}

  connect(): void {
    addEventListener('online', this.online);
  }

  disconnect(): void {
    removeEventListener('online', this.online);
    clearTimeout(this.timer);
  }

  /** Send what is waiting. Resolves when this round is over (sent, or waiting for a retry). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Resolves once every answer is confirmed (or refused). */
  whenEmpty(): Promise<void> {
    if (!this.host.saved()?.unsent.length) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private setStatus(status: QueueStatus): void {
    this.status = status;
    this.host.changed();
  }

  private async run(): Promise<void> {
    for (let saved = this.host.saved(); saved?.unsent.length; saved = this.host.saved()) {
      const itemId = saved.unsent[0]!;
      const response = saved.responses.find((r) => r.itemId === itemId);
      this.setStatus('sending');
      try {
        if (response)
          this.host.acknowledged(
            await this.host
              .client()
              .request(routes.putResponse, { params: { id: saved.sessionId, itemId }, body: response }),
          );
        this.attempts = 0;
      } catch (error) {
        if (error instanceof ApiError && isExpired(error)) return this.setStatus('expired');
        if (
          error instanceof ApiError &&
          error.status >= 400 &&
          error.status < 500 &&
          error.status !== 408 &&
          error.status !== 429
        ) {
          const message =
            error.problem.errors?.map((e) => `${e.path} ${e.message}`).join('; ') ||
            error.problem.detail ||
            error.problem.title;
          saved.rejected.push({ itemId, message });
          this.host.rejected(itemId, message);
        } else {
          // No connection, a timeout, a busy or broken server: the answer waits on the device.
          this.setStatus('offline');
          const delays = AnswerQueue.retryDelays;
          this.timer = setTimeout(() => void this.flush(), delays[Math.min(this.attempts++, delays.length - 1)]);
          return;
        }
      }
      saved.unsent = saved.unsent.filter((id) => id !== itemId);
      writeSaved(this.host.storageKey(), saved);
    }
    this.setStatus('idle');
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
