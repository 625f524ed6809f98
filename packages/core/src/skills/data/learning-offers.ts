import type { LearningOffer } from '@pfw/contract';

/** Learning offers. Marked sample: they show the kinds of providers, not bookable courses. */
export const learningOffers: LearningOffer[] = [
  {
    id: 'samenwerken-in-de-bouw',
    title: { nl: 'Samenwerken op de bouwplaats', en: 'Working together on the building site' },
    description: { nl: 'Je leert hoe je afspraken maakt met je ploeg.', en: 'You learn how to make agreements with your crew.' },
    provider: { name: 'Passport for Work e-learning', kind: 'platform' },
    develops: [{ skillId: 'working-together', toLevel: 3 }],
    durationHours: 4,
    costEur: 0,
    format: 'online',
    sample: true,
  },
];
