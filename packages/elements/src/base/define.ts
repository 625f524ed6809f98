/**
 * Guarded registration. Two partner scripts on one page must not crash each other: a second
 * define of the same version is a no-op; a different version keeps the first and says so once.
 */
import { VERSION } from '../version.js';

type Versioned = CustomElementConstructor & { pfwVersion?: string };

export function define(tag: string, element: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element || existing.pfwVersion === (element.pfwVersion ?? VERSION)) return;
  console.warn(
    `[pfw] <${tag}> is already defined by Passport for Work ${existing.pfwVersion ?? '(unknown version)'}; ` +
      `version ${element.pfwVersion ?? VERSION} on this page uses that one.`,
  );
}
