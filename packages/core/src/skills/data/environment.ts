import type { EnvironmentFacet } from '@pfw/contract';

/** Facets of the work environment, each between two poles. */
export const environment: EnvironmentFacet[] = [
  {
    id: 'indoors-outdoors',
    label: { nl: 'Binnen of buiten', en: 'Indoors or outdoors' },
    low: { nl: 'Binnen werken', en: 'Work indoors' },
    high: { nl: 'Buiten werken', en: 'Work outdoors' },
  },
];
