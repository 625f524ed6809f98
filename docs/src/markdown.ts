/**
 * Markdown to HTML for the docs site, with markdown-it: CommonMark, raw HTML off (a guide
 * cannot smuggle a script into a page that must pass a strict CSP), and a token stream we can
 * adjust — heading ids, links from one .md file to another rewritten to the page they become,
 * and wide tables wrapped in a focusable scroll region (readable at 320 px).
 */
import MarkdownIt from 'markdown-it';

/** A heading's id: lower case, words joined by dashes (like GitHub, so links keep working). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

export interface Heading {
  level: number;
  text: string;
  id: string;
}

export interface Rendered {
  html: string;
  /** The first h1's text, if any. */
  title?: string;
  headings: Heading[];
}

export interface MarkdownOptions {
  /** Turns a link target as written in the source into the one the site uses (or keeps it). */
  rewriteLink?: (href: string) => string;
  /** Heading levels are shifted by this much (a section inside a generated page). */
  shiftHeadings?: number;
}

export function renderMarkdown(source: string, options: MarkdownOptions = {}): Rendered {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const headings: Heading[] = [];
  const seen = new Map<string, number>();
  let tables = 0;

  md.core.ruler.push('pfw-docs', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type === 'heading_open' || token.type === 'heading_close') {
        const level = Math.min(6, Number(token.tag.slice(1)) + (options.shiftHeadings ?? 0));
        token.tag = `h${level}`;
        if (token.type === 'heading_open') {
          const text = tokens[i + 1]?.children?.map((c) => c.content).join('') ?? '';
          let id = slug(text) || 'section';
          const n = seen.get(id) ?? 0;
          seen.set(id, n + 1);
          if (n) id = `${id}-${n}`;
          token.attrSet('id', id);
          headings.push({ level, text, id });
        }
      }
      for (const child of token.children ?? []) {
        if (child.type === 'link_open' && options.rewriteLink) {
          const href = child.attrGet('href');
          if (href) child.attrSet('href', options.rewriteLink(href));
        }
      }
    }
  });

  // A table can be wider than a phone: scroll it on its own, reachable by keyboard.
  md.renderer.rules.table_open = () =>
    `<div class="table-scroll" role="region" tabindex="0" aria-label="Table ${++tables}">\n<table>\n`;
  md.renderer.rules.table_close = () => '</table>\n</div>\n';

  // One inline tag is let through: <kbd> for keys in keyboard tables (GitHub renders it too).
  const html = md.render(source).replace(/&lt;kbd&gt;([^&<]{1,20})&lt;\/kbd&gt;/g, '<kbd>$1</kbd>');
  return { html, title: headings.find((h) => h.level === 1 + (options.shiftHeadings ?? 0))?.text, headings };
}

/** Escape text for HTML. */
export function esc(text: unknown): string {
  return String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Inline markdown (descriptions from JSDoc and OpenAPI: `code`, *emphasis*, links). */
export function inline(text: string | undefined): string {
  if (!text) return '';
  return new MarkdownIt({ html: false }).renderInline(text);
}

/**
 * Split a markdown file into its `## ` sections: title → body (the text under that heading up
 * to the next h2). Used for an element's `.docs.md` (Example, Keyboard, ARIA).
 */
export function sections(source: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  let body: string[] = [];
  let fenced = false;
  for (const line of source.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^## (.+)$/.exec(line);
    if (m) {
      if (current) out.set(current, body.join('\n').trim());
      current = m[1]!.trim();
      body = [];
    } else if (current) body.push(line);
  }
  if (current) out.set(current, body.join('\n').trim());
  return out;
}
