/**
 * The group characteristics a job seeker may give in the separate research consent (#20 part 4),
 * only to check that the test and the matching treat groups alike. Every question may be left
 * open. They are stored apart from the skillprint, never shown to employers and never used to
 * score or match anyone (docs/privacy.md). Categories are broad on purpose: the fewer the
 * groups, the fewer people can be singled out, and a group needs at least MIN_GROUP people
 * before any figure about it is shown.
 */
import type { LocalizedText } from '../domain.js';

export interface ResearchOption {
  id: string;
  label: LocalizedText;
}

/** The characteristics, as named in the API (the research profile's fields). */
export const characteristicIds = [
  'ageBand',
  'gender',
  'migrationBackground',
  'educationLevel',
  'testDisability',
] as const;

export interface ResearchCharacteristic {
  id: (typeof characteristicIds)[number];
  /** A short name, for reports. */
  name: LocalizedText;
  question: LocalizedText;
  options: readonly ResearchOption[];
}

const option = (id: string, nl: string, en: string): ResearchOption => ({ id, label: { nl, en } });

export const ageBands = ['16-26', '27-40', '41-54', '55-plus'] as const;
export const genders = ['woman', 'man', 'other'] as const;
// The CBS categories (Statistics Netherlands, since 2022): born abroad, or a parent born abroad.
export const migrationBackgrounds = ['none', 'born-abroad', 'parent-born-abroad'] as const;
export const educationLevels = ['primary', 'vmbo-mbo1', 'mbo2-4', 'havo-vwo', 'hbo-wo'] as const;
export const testDisabilities = ['no', 'yes'] as const;

export const researchCharacteristics: readonly ResearchCharacteristic[] = [
  {
    id: 'ageBand',
    name: { nl: 'Leeftijd', en: 'Age' },
    question: { nl: 'Hoe oud ben je?', en: 'How old are you?' },
    options: [
      option('16-26', '16 tot en met 26 jaar', '16 to 26'),
      option('27-40', '27 tot en met 40 jaar', '27 to 40'),
      option('41-54', '41 tot en met 54 jaar', '41 to 54'),
      option('55-plus', '55 jaar of ouder', '55 or older'),
    ],
  },
  {
    id: 'gender',
    name: { nl: 'Gender', en: 'Gender' },
    question: { nl: 'Ben je een vrouw, een man of anders?', en: 'Are you a woman, a man or other?' },
    options: [option('woman', 'Vrouw', 'Woman'), option('man', 'Man', 'Man'), option('other', 'Anders', 'Other')],
  },
  {
    id: 'migrationBackground',
    name: { nl: 'Migratieachtergrond', en: 'Migration background' },
    question: { nl: 'Waar zijn jij en je ouders geboren?', en: 'Where were you and your parents born?' },
    options: [
      option('none', 'Ik en mijn ouders in Nederland', 'Me and my parents in the Netherlands'),
      option('born-abroad', 'Ik ben in een ander land geboren', 'I was born in another country'),
      option('parent-born-abroad', 'Ik in Nederland, een ouder in een ander land', 'Me here, a parent abroad'),
    ],
  },
  {
    id: 'educationLevel',
    name: { nl: 'Opleiding', en: 'Education' },
    question: { nl: 'Wat is je hoogste diploma?', en: 'What is your highest diploma?' },
    options: [
      option('primary', 'Geen diploma of basisschool', 'None or primary school'),
      option('vmbo-mbo1', 'Vmbo of mbo 1', 'Vmbo or mbo 1'),
      option('mbo2-4', 'Mbo 2, 3 of 4', 'Mbo 2, 3 or 4'),
      option('havo-vwo', 'Havo of vwo', 'Havo or vwo'),
      option('hbo-wo', 'Hbo of universiteit', 'Hbo or university'),
    ],
  },
  {
    id: 'testDisability',
    name: { nl: 'Beperking bij de test', en: 'Disability affecting the test' },
    question: {
      nl: 'Maakt een beperking de test moeilijker voor je? Bijvoorbeeld met lezen, zien of bewegen.',
      en: 'Does a disability make the test harder for you? For example reading, seeing or moving.',
    },
    options: [option('no', 'Nee', 'No'), option('yes', 'Ja', 'Yes')],
  },
];

/** Fewer people than this in a group: no figure about that group is shown. */
export const MIN_GROUP = 30;

/** The research consent text this version of the questions goes with (docs/privacy.md). */
export const RESEARCH_CONSENT_VERSION = '2026-12';
