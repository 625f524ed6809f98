#!/usr/bin/env node
/**
 * After `changeset version`: write each package's version where its code reads it: the elements'
 * (guarded define) and the server's (`/v1/health`, the OpenAPI document).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

for (const [pkg, name] of [
  ['elements', 'VERSION'],
  ['server', 'API_VERSION'],
]) {
  const { version } = JSON.parse(readFileSync(join(root, `packages/${pkg}/package.json`), 'utf8'));
  writeFileSync(
    join(root, `packages/${pkg}/src/version.ts`),
    `// Kept in step with package.json by \`npm run version\` (scripts/sync-version.mjs).\nexport const ${name} = '${version}';\n`,
  );
  console.log(`@pfw/${pkg} ${name} = ${version}`);
}
