/** Storage that cannot be opened, said in one line: what is wrong and what to do. The CLI prints only the message (no stack). */
export type StorageProblem = 'locked';

export class StorageError extends Error {
  override name = 'StorageError';
  /** For 'locked': the process that has the data folder open, when known. */
  readonly owner?: { pid: number; host: string };
  constructor(
    message: string,
    readonly problem: StorageProblem,
    options?: { cause?: unknown; owner?: { pid: number; host: string } },
  ) {
    super(message, options);
    this.owner = options?.owner;
  }
}
