import type { Interest } from '@pfw/contract';

/** The six RIASEC interest areas (Holland). */
export const interests: Interest[] = [
  {
    id: 'realistic',
    code: 'R',
    label: { nl: 'Praktisch', en: 'Practical' },
    description: { nl: 'Je werkt graag met je handen, met gereedschap of machines.', en: 'You like to work with your hands, tools or machines.' },
  },
];
