/**
 * What the server logs of an unexpected error: its kind, code, message and stack. Never the
 * request's data: PGlite's and pg's errors carry the query and its parameters (a name, an e-mail
 * address), and PostgreSQL's `detail` quotes values ("Key (email)=(…) already exists").
 */
export function loggableError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const { code } = error as { code?: unknown };
  const head = `${error.name}${typeof code === 'string' || typeof code === 'number' ? ` [${code}]` : ''}: ${error.message}`;
  // The stack's first line repeats name and message; keep only its frames.
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  const cause = error.cause === undefined || depth >= 3 ? '' : `\ncaused by ${loggableError(error.cause, depth + 1)}`;
  return (frames ? `${head}\n${frames}` : head) + cause;
}
