/** Writes `<file>.gz` (Zopfli) and `<file>.br` beside every .js file under `dir`; resolves to how many. */
export function compressScripts(dir: string): Promise<number>;
