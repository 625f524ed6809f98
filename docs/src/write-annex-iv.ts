/** `npm run docs:annex-iv`: docs/annex-iv.md from the code, docs/figures.json and .changeset/. */
import { writeFileSync } from 'node:fs';
import { annexIvFile, formattedAnnexIv } from './annex-iv.js';

writeFileSync(annexIvFile, await formattedAnnexIv());
console.log('docs/annex-iv.md');
