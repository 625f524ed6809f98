/**
 * Every internal link of the built site must reach a file, and a `#fragment` an id in it.
 * External links (https:, mailto:) are not followed: the build runs offline.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

const decode = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"');

export function checkLinks(outDir: string): string[] {
  const problems: string[] = [];
  const pages = readdirSync(outDir).filter((f) => f.endsWith('.html'));
  const cache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!cache.has(file)) cache.set(file, ids(readFileSync(file, 'utf8')));
    return cache.get(file)!;
  };
  for (const page of pages) {
    const file = join(outDir, page);
    const html = readFileSync(file, 'utf8');
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decode(raw!);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const [path = '', hash] = href.split('#');
      const target = path ? resolve(dirname(file), path.split('?')[0]!) : file;
      if (!target.startsWith(outDir) || !existsSync(target)) {
        problems.push(`${page}: broken link ${href}`);
        continue;
      }
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) {
        problems.push(`${page}: link ${href} points to no id "${hash}" in ${relative(outDir, target)}`);
      }
    }
  }
  return problems;
}
