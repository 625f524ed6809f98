/** `npm run docs:glossary`: docs/glossary.md from the skill language and the product's words. */
import { writeFileSync } from 'node:fs';
import { formattedGlossary, glossaryFile } from './glossary.js';

writeFileSync(glossaryFile, await formattedGlossary());
console.log('docs/glossary.md');
