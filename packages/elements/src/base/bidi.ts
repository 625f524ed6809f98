/**
 * Mixed directions (#25): in a right-to-left language a name, an e-mail address, a job title or a
 * code in Latin letters is put inside Arabic text. Unicode isolates (FSI … PDI) keep each such
 * value in its own direction, so its punctuation and numbers stay with it instead of jumping to
 * the other end of the line. The Arabic messages wrap themselves with `isolated`; only their
 * chunks carry this.
 */
const FSI = '\u2068';
const PDI = '\u2069';

/** The same messages, every text argument of every function isolated (same shape, same arities). */
export function isolated<M>(messages: M): M {
  if (typeof messages === 'function') {
    const say = messages as (...args: unknown[]) => unknown;
    const wrapped = (...args: unknown[]) => say(...args.map((a) => (typeof a === 'string' ? FSI + a + PDI : a)));
    return Object.defineProperty(wrapped, 'length', { value: say.length }) as M;
  }
  if (messages && typeof messages === 'object' && !Array.isArray(messages))
    return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, isolated(v)])) as M;
  return messages;
}
