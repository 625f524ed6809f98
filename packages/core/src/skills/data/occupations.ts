import type { Occupation } from '@pfw/contract';

/** Occupation templates: real occupations at MBO level 1-4. */
export const occupations: Occupation[] = [
  {
    id: 'stratenmaker',
    title: { nl: 'Stratenmaker', en: 'Paver' },
    description: { nl: 'Je legt stoepen, straten en pleinen aan met stenen en tegels.', en: 'You lay pavements, streets and squares with stones and tiles.' },
    isco08: '7114',
    sector: 'construction',
    mboLevel: 2,
    requirements: [
      { skillId: 'working-together', level: 3, importance: 3, essential: true },
      { skillId: 'working-together', level: 3, importance: 3, essential: true },
      { skillId: 'working-together', level: 3, importance: 3, essential: true },
      { skillId: 'working-together', level: 3, importance: 3, essential: true },
      { skillId: 'working-together', level: 3, importance: 3, essential: true },
      { skillId: 'working-together', level: 3, importance: 3, essential: true },
    ],
    interests: ['realistic'],
    environment: [{ facetId: 'indoors-outdoors', value: 2 }],
  },
];
