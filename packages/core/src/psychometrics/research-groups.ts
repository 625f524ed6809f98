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

/** In Dutch and English, and in the other reading languages where given ([ar, tr, pl, uk]; not yet reviewed by native speakers). */
const text = (nl: string, en: string, [ar, tr, pl, uk]: readonly string[] = []): LocalizedText => ({
  nl,
  en,
  ...(ar && { ar }),
  ...(tr && { tr }),
  ...(pl && { pl }),
  ...(uk && { uk }),
});
const option = (id: string, nl: string, en: string, more?: readonly string[]): ResearchOption => ({
  id,
  label: text(nl, en, more),
});

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
    question: text('Hoe oud ben je?', 'How old are you?', [
      'كم عمرك؟',
      'Kaç yaşındasın?',
      'Ile masz lat?',
      'Скільки вам років?',
    ]),
    options: [
      option('16-26', '16 tot en met 26 jaar', '16 to 26', [
        'من 16 إلى 26 سنة',
        '16-26 yaş',
        '16-26 lat',
        '16-26 років',
      ]),
      option('27-40', '27 tot en met 40 jaar', '27 to 40', [
        'من 27 إلى 40 سنة',
        '27-40 yaş',
        '27-40 lat',
        '27-40 років',
      ]),
      option('41-54', '41 tot en met 54 jaar', '41 to 54', [
        'من 41 إلى 54 سنة',
        '41-54 yaş',
        '41-54 lata',
        '41-54 років',
      ]),
      option('55-plus', '55 jaar of ouder', '55 or older', [
        '55 سنة أو أكثر',
        '55 yaş veya üstü',
        '55 lat lub więcej',
        '55 років або більше',
      ]),
    ],
  },
  {
    id: 'gender',
    name: { nl: 'Gender', en: 'Gender' },
    question: text('Ben je een vrouw, een man of anders?', 'Are you a woman, a man or other?', [
      'هل أنت امرأة أم رجل أم غير ذلك؟',
      'Kadın mısın, erkek mi, yoksa başka mı?',
      'Jesteś kobietą, mężczyzną czy inaczej?',
      'Ви жінка, чоловік чи інше?',
    ]),
    options: [
      option('woman', 'Vrouw', 'Woman', ['امرأة', 'Kadın', 'Kobieta', 'Жінка']),
      option('man', 'Man', 'Man', ['رجل', 'Erkek', 'Mężczyzna', 'Чоловік']),
      option('other', 'Anders', 'Other', ['غير ذلك', 'Başka', 'Inaczej', 'Інше']),
    ],
  },
  {
    id: 'migrationBackground',
    name: { nl: 'Migratieachtergrond', en: 'Migration background' },
    question: text('Waar zijn jij en je ouders geboren?', 'Where were you and your parents born?', [
      'أين وُلدت أنت ووالداك؟',
      'Sen ve ailen nerede doğdunuz?',
      'Gdzie urodziłeś/urodziłaś się ty i twoi rodzice?',
      'Де народилися ви і ваші батьки?',
    ]),
    options: [
      option('none', 'Ik en mijn ouders in Nederland', 'Me and my parents in the Netherlands', [
        'أنا ووالداي في هولندا',
        'Ben ve ailem Hollanda’da',
        'Ja i moi rodzice w Holandii',
        'Я і мої батьки в Нідерландах',
      ]),
      option('born-abroad', 'Ik ben in een ander land geboren', 'I was born in another country', [
        'وُلدت في بلد آخر',
        'Başka bir ülkede doğdum',
        'Urodziłem/urodziłam się w innym kraju',
        'Я народився/народилася в іншій країні',
      ]),
      option('parent-born-abroad', 'Ik in Nederland, een ouder in een ander land', 'Me here, a parent abroad', [
        'أنا في هولندا، وأحد والديّ في بلد آخر',
        'Ben Hollanda’da, bir ebeveynim başka bir ülkede',
        'Ja w Holandii, rodzic w innym kraju',
        'Я в Нідерландах, один із батьків в іншій країні',
      ]),
    ],
  },
  {
    id: 'educationLevel',
    name: { nl: 'Opleiding', en: 'Education' },
    question: text('Wat is je hoogste diploma?', 'What is your highest diploma?', [
      'ما أعلى شهادة لديك؟',
      'En yüksek diploman ne?',
      'Jaki masz najwyższy dyplom?',
      'Який ваш найвищий диплом?',
    ]),
    options: [
      option('primary', 'Geen diploma of basisschool', 'None or primary school', [
        'لا شهادة أو المدرسة الابتدائية',
        'Diploma yok veya ilkokul',
        'Brak dyplomu lub szkoła podstawowa',
        'Без диплома або початкова школа',
      ]),
      option('vmbo-mbo1', 'Vmbo of mbo 1', 'Vmbo or mbo 1', [
        'Vmbo أو mbo 1',
        'Vmbo veya mbo 1',
        'Vmbo lub mbo 1',
        'Vmbo або mbo 1',
      ]),
      option('mbo2-4', 'Mbo 2, 3 of 4', 'Mbo 2, 3 or 4', [
        'Mbo 2 أو 3 أو 4',
        'Mbo 2, 3 veya 4',
        'Mbo 2, 3 lub 4',
        'Mbo 2, 3 або 4',
      ]),
      option('havo-vwo', 'Havo of vwo', 'Havo or vwo', [
        'Havo أو vwo',
        'Havo veya vwo',
        'Havo lub vwo',
        'Havo або vwo',
      ]),
      option('hbo-wo', 'Hbo of universiteit', 'Hbo or university', [
        'Hbo أو الجامعة',
        'Hbo veya üniversite',
        'Hbo lub uniwersytet',
        'Hbo або університет',
      ]),
    ],
  },
  {
    id: 'testDisability',
    name: { nl: 'Beperking bij de test', en: 'Disability affecting the test' },
    question: text(
      'Maakt een beperking de test moeilijker voor je? Bijvoorbeeld met lezen, zien of bewegen.',
      'Does a disability make the test harder for you? For example reading, seeing or moving.',
      [
        'هل تجعل إعاقةٌ الاختبارَ أصعب عليك؟ مثلًا في القراءة أو الرؤية أو الحركة.',
        'Bir engel testi senin için zorlaştırıyor mu? Örneğin okumada, görmede ya da hareket etmede.',
        'Czy niepełnosprawność utrudnia ci test? Na przykład czytanie, widzenie lub ruch.',
        'Чи ускладнює інвалідність для вас тест? Наприклад читання, зір або рух.',
      ],
    ),
    options: [
      option('no', 'Nee', 'No', ['لا', 'Hayır', 'Nie', 'Ні']),
      option('yes', 'Ja', 'Yes', ['نعم', 'Evet', 'Tak', 'Так']),
    ],
  },
];

/** Fewer people than this in a group: no figure about that group is shown. */
export const MIN_GROUP = 30;

/** The research consent text this version of the questions goes with (docs/privacy.md). */
export const RESEARCH_CONSENT_VERSION = '2026-12';
