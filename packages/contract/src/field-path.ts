/**
 * How a field is named in errors: ["requirements", 0, "level"] → "requirements[0].level". In a
 * module of its own, so a widget that names fields does not load the client's English problem
 * texts (issues.ts), which it otherwise loads only when a request fails.
 */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}
