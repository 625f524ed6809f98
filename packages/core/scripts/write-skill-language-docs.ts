/** `npm run docs:skills`: docs/skill-language.md and docs/public/skill-language.json from the data. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { skillLanguage } from '@pfw/core/skills';
import { skillLanguageMarkdown } from '../src/skills/docs.js';

const docs = join(import.meta.dirname, '../../../docs');
mkdirSync(join(docs, 'public'), { recursive: true });
writeFileSync(join(docs, 'skill-language.md'), skillLanguageMarkdown());
writeFileSync(join(docs, 'public/skill-language.json'), `${JSON.stringify(skillLanguage, null, 2)}\n`);
console.log(`docs/skill-language.md and docs/public/skill-language.json (version ${skillLanguage.version})`);
