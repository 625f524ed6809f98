/**
 * The elements, from packages/elements/custom-elements.json (generated from JSDoc by
 * `cem analyze`): every declaration with a tag name is an element with a page. Public API only:
 * private, protected and static members stay out.
 */
export interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  parameters?: { name: string; type?: { text: string }; optional?: boolean }[];
  return?: { type?: { text: string } };
  inheritedFrom?: { name: string; module?: string };
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

export interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

export interface ElementDoc {
  tag: string;
  className: string;
  /** Module path inside packages/elements, e.g. src/skillprint/skillprint.ts. */
  module: string;
  summary: string;
  description: string;
  attributes: ManifestItem[];
  properties: ManifestItem[];
  methods: ManifestItem[];
  events: ManifestItem[];
  slots: ManifestItem[];
  parts: ManifestItem[];
  cssProperties: ManifestItem[];
}

const isPublic = (m: ManifestItem) =>
  !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_') && !m.name.startsWith('#');
const byName = (a: ManifestItem, b: ManifestItem) => a.name.localeCompare(b.name);
/** Lit's own lifecycle and form callbacks are not API a partner calls. */
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
  'formAssociatedCallback',
]);

export function elementsOf(manifest: Manifest): ElementDoc[] {
  const out: ElementDoc[] = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      const members = (d.members ?? []).filter(isPublic);
      // One entry per event name (the analyser may list a JSDoc @fires and a dispatch both).
      const events = [...new Map((d.events ?? []).filter((e) => e.name).map((e) => [e.name, e])).values()];
      out.push({
        tag: d.tagName,
        className: d.name,
        module: mod.path,
        summary: d.summary ?? '',
        description: d.description ?? '',
        attributes: [...(d.attributes ?? [])].sort(byName),
        properties: members.filter((m) => m.kind === 'field').sort(byName),
        methods: members.filter((m) => m.kind === 'method' && !LIFECYCLE.has(m.name)).sort(byName),
        events: events.sort(byName),
        slots: d.slots ?? [],
        parts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}
