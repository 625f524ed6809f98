/** `npm run docs`: the documentation site in docs/dist. Fails on any warning, missing page or broken link. */
import { relative } from 'node:path';
import { buildSite, root } from './site.js';

const started = Date.now();
const result = await buildSite();
if (result.problems.length) {
  console.error(`✗ the docs have ${result.problems.length} problem(s):`);
  for (const p of result.problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `✓ docs: ${result.pages.length} pages (${result.elements.length} elements) in ${relative(root, result.outDir)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.` +
    ' Preview: npx vite preview docs',
);
