#!/usr/bin/env node
/**
 * Every commit that changes what a user of a published package gets must say so in a
 * changeset (`.changeset/*.md` naming the package), like the changesets bot asks of a pull
 * request. A commit that changes only internals says `[no changeset]` in its message.
 *
 * Checked: the commits after FIRST_CHECKED (history before it predates the rule) and, as a
 * warning only, the uncommitted changes. Prints one line per problem; exits 1 on any.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

/** The commit that introduced this check. */
export const FIRST_CHECKED = 'f1418a73f5aeba27b32956912b965fcb23efe0a6';

/**
 * Commits found after the fact to change only internals of a package the check names, each with
 * why (history is not rewritten; a new entry needs the same care as a changeset).
 */
const INTERNAL_ONLY = {
  '69e3cbf':
    '@pfw/server: routes read through storage/queries.ts; no behaviour change (its contract part has a changeset)',
};

/**
 * Commits of one piece of work whose changeset came in a later commit of it: the changeset (as
 * it is now) must name every package the commit touches.
 */
const COVERED_LATER = {
  '61c51b0': '.changeset/server-runs-the-test.md',
  '0bdf7bb': '.changeset/server-runs-the-test.md',
  a156108: '.changeset/server-runs-the-test.md',
  '5d10d69': '.changeset/skillprint-preferences-in-words.md',
  e07f520: '.changeset/calibrate-bank.md',
  '8612e75': '.changeset/calibrate-bank.md',
  eb2e7e5: '.changeset/credential-check.md',
  a3e5b91: '.changeset/skill-claims.md',
  ac68944: '.changeset/live-indexes.md',
  c494fa2: '.changeset/learning-path-widget.md',
  bda645e: '.changeset/culture-actions-onboarding.md',
  '2de5fa3': '.changeset/unmeasured-screen.md',
  d21ec46: '.changeset/plan-names-certificates.md',
};

/** Published packages by folder; their shipped source is `src/` minus tests. */
const PACKAGES = Object.fromEntries(
  ['packages/core', 'packages/contract', 'packages/elements', 'packages/server', 'api-mock']
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => [dir, JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))])
    .filter(([, pkg]) => !pkg.private)
    .map(([dir, pkg]) => [dir, pkg.name]),
);

const git = (...args) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** Packages whose shipped files a list of paths touches. */
export function touchedPackages(paths) {
  const names = new Set();
  for (const path of paths) {
    for (const [dir, name] of Object.entries(PACKAGES)) {
      if (!path.startsWith(`${dir}/src/`) && path !== `${dir}/package.json`) continue;
      if (/\.test\.ts$|\/test-support\//.test(path)) continue;
      names.add(name);
    }
  }
  return names;
}

/** Package names a changeset's front matter lists. */
export function changesetPackages(text) {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return new Set([...front.matchAll(/^["']?(@pfw\/[\w-]+)["']?\s*:/gm)].map((m) => m[1]));
}

function checkCommit(sha) {
  const message = git('log', '-1', '--format=%B', sha);
  if (message.includes('[no changeset]') || Object.keys(INTERNAL_ONLY).some((known) => sha.startsWith(known)))
    return [];
  const files = git('diff-tree', '--no-commit-id', '--name-only', '-r', '--root', sha).split('\n').filter(Boolean);
  const touched = touchedPackages(files);
  if (touched.size === 0) return [];
  const covered = new Set();
  const later = Object.entries(COVERED_LATER).find(([known]) => sha.startsWith(known))?.[1];
  if (later && existsSync(join(root, later))) {
    for (const name of changesetPackages(readFileSync(join(root, later), 'utf8'))) covered.add(name);
  }
  for (const file of files.filter((f) => /^\.changeset\/[^/]+\.md$/.test(f) && !f.endsWith('README.md'))) {
    let text = '';
    try {
      text = git('show', `${sha}:${file}`);
    } catch {
      continue; // deleted by this commit (a release)
    }
    for (const name of changesetPackages(text)) covered.add(name);
  }
  const missing = [...touched].filter((name) => !covered.has(name));
  return missing.length
    ? [`${sha.slice(0, 7)} "${message.split('\n')[0]}" changes ${missing.join(', ')} without a changeset`]
    : [];
}

function commitsToCheck() {
  try {
    git('cat-file', '-e', `${FIRST_CHECKED}^{commit}`);
    return git('rev-list', '--reverse', `${FIRST_CHECKED}..HEAD`).split('\n').filter(Boolean);
  } catch {
    return [git('rev-parse', 'HEAD')]; // a shallow clone: the newest commit at least
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = commitsToCheck().flatMap(checkCommit);
  const uncommitted = git('status', '--porcelain')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  const pending = touchedPackages(uncommitted);
  const pendingSets = new Set(
    uncommitted
      .filter((f) => /^\.changeset\/[^/]+\.md$/.test(f) && existsSync(join(root, f)))
      .flatMap((f) => [...changesetPackages(readFileSync(join(root, f), 'utf8'))]),
  );
  const unsaid = [...pending].filter((name) => !pendingSets.has(name));
  if (unsaid.length)
    console.warn(`note: uncommitted changes to ${unsaid.join(', ')}; add a changeset or commit with [no changeset]`);
  for (const p of problems) console.error(`✗ ${p}`);
  console.log(
    problems.length ? `${problems.length} commit(s) without a changeset` : 'changesets: every commit says what changed',
  );
  process.exit(problems.length ? 1 : 0);
}
