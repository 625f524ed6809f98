/** Types of chromium.mjs, for TypeScript callers (the end-to-end test). */
export function findChromium(): string | undefined;
export const CHROMIUM_ARGS: string[];
export function ensureChromium(options?: { log?: (message: string) => void }): string | undefined;
