/**
 * Dates said in words with the browser's own month names (Intl), so no widget carries month names
 * of its own: dayIn('nl', d) is "3 december 2026", dayIn('en-GB', d, false) "3 December".
 */
export const dayIn = (tag: string, date: Date, year = true): string =>
  date.toLocaleDateString(tag, { day: 'numeric', month: 'long', year: year ? 'numeric' : undefined });

/** The month and year: "november 2026". */
export const monthIn = (tag: string, date: Date): string =>
  date.toLocaleDateString(tag, { month: 'long', year: 'numeric' });
