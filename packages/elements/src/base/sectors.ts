/** The sectors of the skill language by name, in every language the widgets speak: one list for the occupation picker and the match list. */
import type { Lang, Sector } from '@pfw/contract';

export const SECTOR_NAMES: Record<Lang, Record<Sector, string>> = {
  nl: {
    construction: 'Bouw',
    technology: 'Techniek',
    care: 'Zorg',
    logistics: 'Logistiek',
    hospitality: 'Horeca',
    retail: 'Winkel',
    cleaning: 'Schoonmaak',
    green: 'Groen',
  },
  en: {
    construction: 'Construction',
    technology: 'Technology',
    care: 'Care',
    logistics: 'Logistics',
    hospitality: 'Hospitality',
    retail: 'Retail',
    cleaning: 'Cleaning',
    green: 'Green spaces',
  },
};
