#!/usr/bin/env node
/** After `changeset version`: write the elements' package version into src/version.ts (used by guarded define). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const { version } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));
writeFileSync(
  join(root, 'packages/elements/src/version.ts'),
  `// Kept in step with package.json by \`npm run version\` (scripts/sync-version.mjs).\nexport const VERSION = '${version}';\n`,
);
console.log(`@pfw/elements VERSION = ${version}`);
