import type { Interest } from '../../domain.js';
import { interestTranslations } from './translations/preferences.js';
import { withTranslations } from './translations/merge.js';

/** The six RIASEC interest areas (Holland). Texts at B1, Dutch first. */
const written: Interest[] = [
  {
    id: 'realistic',
    code: 'R',
    label: { nl: 'Praktisch', en: 'Practical' },
    description: {
      nl: 'Je werkt graag met je handen, met gereedschap of machines.',
      en: 'You like to work with your hands, tools or machines.',
    },
  },
  {
    id: 'investigative',
    code: 'I',
    label: { nl: 'Onderzoekend', en: 'Curious' },
    description: {
      nl: 'Je zoekt graag uit hoe iets werkt. Je denkt graag na over een probleem.',
      en: 'You like to find out how things work. You like to think about a problem.',
    },
  },
  {
    id: 'artistic',
    code: 'A',
    label: { nl: 'Creatief', en: 'Creative' },
    description: {
      nl: 'Je maakt graag iets nieuws of moois. Je hebt graag eigen ideeën.',
      en: 'You like to make something new or beautiful. You like to have your own ideas.',
    },
  },
  {
    id: 'social',
    code: 'S',
    label: { nl: 'Sociaal', en: 'Social' },
    description: {
      nl: 'Je helpt graag andere mensen. Je zorgt graag voor anderen of legt graag iets uit.',
      en: 'You like to help other people. You like to care for others or explain things.',
    },
  },
  {
    id: 'enterprising',
    code: 'E',
    label: { nl: 'Ondernemend', en: 'Enterprising' },
    description: {
      nl: 'Je overtuigt graag anderen. Je neemt graag de leiding.',
      en: 'You like to convince others. You like to take the lead.',
    },
  },
  {
    id: 'conventional',
    code: 'C',
    label: { nl: 'Ordenend', en: 'Organised' },
    description: {
      nl: 'Je werkt graag netjes en volgens vaste regels. Je houdt graag dingen bij.',
      en: 'You like to work neatly and by fixed rules. You like to keep track of things.',
    },
  },
];

/** The interests, named and described in every reading language (#25). */
export const interests: Interest[] = written.map((interest) => {
  const t = interestTranslations[interest.id];
  if (!t) return interest;
  return {
    ...interest,
    label: withTranslations(interest.label, (l) => t[l].label),
    description: withTranslations(interest.description, (l) => t[l].description),
  };
});
