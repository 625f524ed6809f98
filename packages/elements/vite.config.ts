/**
 * The CDN builds (scripts/build-cdn.mjs runs them all; `npm run size` measures them):
 * - `cdn/<tag>.js`: one self-contained ES module per define entry (Lit and all bundled), so a
 *   partner page adds one <script type="module"> and one tag. Each entry is built on its own:
 *   an entry never pays for another widget's code. Lazy parts (other languages, the chart,
 *   games) are chunks of their entry. PFW_ENTRY picks the entry.
 * - `cdn/shared/<tag>.js` (PFW_ENTRY=shared): every entry in one build; what several widgets
 *   use (Lit, zod, the element base, the API client) goes in chunks by the set of widgets that
 *   use it, so a page with several widgets loads each once. (Forcing Lit and zod into one chunk
 *   each made the four-widget page 1 kB larger: it then carries parts only other widgets use.)
 * - `cdn/kits/<kit>.js` (PFW_ENTRY=kits/<kit>): the widgets of src/kits/<kit>.ts in one file, for a
 *   page that has them all. One file compresses better than the shared build's many (gzip works
 *   per file): the journey's four widgets take 49 kB this way against 57 kB from cdn/shared/.
 */
import { readdirSync } from 'node:fs';
import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';

const entry = process.env.PFW_ENTRY ?? 'pfw-provider';
const shared = entry === 'shared';
/** A kit's name (`kits/journey` → `journey`), or undefined for a tag's entry. */
const kit = entry.startsWith('kits/') ? entry.slice('kits/'.length) : undefined;
const name = kit ?? entry;
const defineEntries = readdirSync(new URL('src/define', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

/**
 * A route's id, summary, tag, access list, problems and body example are for the OpenAPI
 * document and the server; the typed client never reads them. Drop them from the contract's
 * route table in these bundles (about 0.25 kB gzip for an entry with six routes; an example
 * kept in a const of a routes file is then unused and goes too). Newlines stay, so the source map
 * keeps its lines.
 */
const dropRouteDocs: Plugin = {
  name: 'pfw-drop-route-docs',
  enforce: 'pre',
  transform(code, id) {
    if (!/contract\/src\/(routes\/[a-z-]+|views|credential-views|route-parts)\.ts$/.test(id)) return null;
    return { code: dropProperties(code, /^ {2}(id|summary|tag|access|problems|bodyExample):\s/gm), map: null };
  },
};

/**
 * Building a zod schema has no side effects, but a bundler cannot know that: an unused schema
 * nested in another (`named(z.object({...}))`) stays, because only the outer call is marked
 * pure. Mark every `z.` call of the contract pure, so an unused schema goes whole.
 */
const pureSchemas: Plugin = {
  name: 'pfw-pure-schemas',
  enforce: 'pre',
  transform(code, id) {
    if (!/contract\/src\/.*\.ts$/.test(id)) return null;
    return { code: code.replace(/(?<![\w.$/])z\.(\w+)\(/g, '/*#__PURE__*/ z.$1('), map: null };
  },
};

/**
 * Remove each property that starts where `start` matches, up to the comma that ends it at its
 * own depth, even when the formatter spread its value over several lines. Route tables hold
 * only literals, so brackets and quotes are all that needs tracking.
 */
export function dropProperties(code: string, start: RegExp): string {
  let out = '';
  let from = 0;
  for (const match of code.matchAll(start)) {
    if (match.index < from) continue;
    let i = match.index + match[0].length;
    let depth = 0;
    let quote = '';
    for (; i < code.length; i++) {
      const c = code[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
      else if (c === ',' && depth === 0) break;
    }
    out += code.slice(from, match.index) + code.slice(match.index, i + 1).replace(/[^\n]/g, '');
    from = i + 1;
  }
  return out + code.slice(from);
}

/**
 * Whitespace and comments out of CSS text; quoted strings and ${} stay as they are. Comments go
 * first, found in the same pass as strings: a quote inside a comment (an apostrophe) must not be
 * taken for a string that runs on to the next quote and leaves everything between unminified.
 */
function minifyCss(text: string): string {
  return text
    .replace(/(\/\*[\s\S]*?\*\/)|'[^']*'|"[^"]*"|\$\{[^}]*\}/g, (kept, comment?: string) => (comment ? '' : kept))
    .split(/('[^']*'|"[^"]*"|\$\{[^}]*\})/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/**
 * terser leaves template literals alone. Our widgets' css`` is minified, and the indentation of
 * every line of their html`` goes (a run of whitespace renders the same; no template of ours
 * has <pre>, <textarea> or white-space: pre, and every multi-line template literal of
 * elements/src is html`` or css``). About 0.2 kB gzip an entry. Lines are kept (a css``
 * template's newlines move to its end), so source maps keep their lines.
 */
const minifyTemplates: Plugin = {
  name: 'pfw-minify-templates',
  enforce: 'pre',
  transform(code, id) {
    if (!/elements\/src\/.*\.ts$/.test(id)) return null;
    const minified = code
      .replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}${body.replace(/[^\n]/g, '')}\``)
      .replace(/\n[ \t]+/g, '\n');
    return { code: minified, map: null };
  },
};

/**
 * Vite keeps the PURE annotation comments in library builds, for a bundler that shakes the
 * package again. The CDN files are the end of the line: nothing shakes them further, so the
 * annotations go after minifying (about 0.13 kB gzip an entry). A space stays where two words
 * would otherwise run together (a keyword before the comment, a name after it).
 */
const dropAnnotations: Plugin = {
  name: 'pfw-drop-annotations',
  renderChunk: {
    order: 'post',
    handler(code) {
      const s = new MagicString(code);
      for (const m of code.matchAll(/\/\*\s*[#@]__PURE__\s*\*\/\s*/g)) {
        const between = /[\w$]/.test(code[m.index - 1] ?? '') && /[\w$]/.test(code[m.index + m[0].length] ?? '');
        s.overwrite(m.index, m.index + m[0].length, between ? ' ' : '');
      }
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  },
};

export default defineConfig({
  plugins: [dropRouteDocs, pureSchemas, minifyTemplates, dropAnnotations],
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: shared ? 'cdn/shared' : kit ? 'cdn/kits' : 'cdn',
    emptyOutDir: false,
    target: 'es2022',
    // terser compresses our output about 1 kB (gzip) smaller than the default minifier.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
    sourcemap: true,
    lib: {
      entry: kit
        ? { [kit]: `src/kits/${kit}.ts` }
        : Object.fromEntries((shared ? defineEntries : [entry]).map((e) => [e, `src/define/${e}.ts`])),
      formats: ['es'],
    },
    rolldownOptions: {
      // Schema building in @pfw/contract has no side effects: an unused schema must not ship.
      treeshake: { manualPureFunctions: ['z', 'named', 'route', 'text', 'int', 'page'] },
      // Single files: lazy chunks import what they share with the entry from the entry itself
      // (one file to load first). Shared: an entry only defines its own tag, so one widget never
      // loads another's entry; what they share is in chunks.
      preserveEntrySignatures: shared ? 'strict' : 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: shared ? 'chunks/[name]-[hash].js' : `chunks/${name}/[name]-[hash].js`,
      },
    },
  },
});
