/**
 * Hard requirements: what a job can ask for besides skills. A small curated list of the papers
 * and conditions Dutch vacancies at MBO 1-4 ask for most.
 *
 * ISCO-08 unit groups name the occupations that commonly ask for each (ILO index). ESCO URIs
 * name the ESCO skill the paper shows. Each URI and preferred label was read together in at
 * least two independent copies of ESCO's skills_en.csv (an ESCO v1.0 dump and a v1.2 API pull);
 * where ESCO has no fitting skill (code 95, lang staan) it is left out, never guessed.
 *
 * Physical conditions are job demands ("het werk vraagt zwaar tillen"), never health questions:
 * a person says only whether they can do the named task, and nobody is asked why not.
 */
import type { HardRequirement } from '../../domain.js';

const esco = (uuid: string, label: string) => ({ uri: `http://data.europa.eu/esco/skill/${uuid}`, label });

export const hardRequirements: HardRequirement[] = [
  // ── Certificates ──────────────────────────────────────────────────────────
  {
    id: 'vca-basis',
    kind: 'certificate',
    label: { nl: 'VCA Basis', en: 'VCA Basic (safety)' },
    description: {
      nl: 'Een diploma voor veilig werken. Veel bouw- en techniekbedrijven vragen het. De cursus duurt 1 of 2 dagen.',
      en: 'A certificate for working safely. Many construction and technical firms ask for it. The course takes 1 or 2 days.',
    },
    esco: esco('86df7af2-f9f3-4c06-a500-7f1fba9e78fe', 'follow health and safety procedures in construction'),
    isco08: ['7112', '7115', '7126', '7411', '8342', '9313'],
  },
  {
    id: 'vca-vol',
    kind: 'certificate',
    covers: ['vca-basis'],
    label: { nl: 'VCA VOL (voor leidinggevenden)', en: 'VCA VOL (safety, supervisors)' },
    description: {
      nl: 'VCA voor wie anderen leidt op de werkplek, bijvoorbeeld een voorman.',
      en: 'VCA for people who lead others at work, for example a foreman.',
    },
    esco: esco('198b614d-a9af-46f5-b3fd-2672b401dd8e', 'health and safety in the workplace'),
    isco08: ['3123', '7112', '7411'],
  },
  {
    id: 'bhv',
    kind: 'certificate',
    label: { nl: 'BHV (bedrijfshulpverlening)', en: 'BHV (in-house emergency response)' },
    description: {
      nl: 'Je weet wat je doet bij brand of een ongeluk op het werk. Je kunt eerste hulp geven, blussen en mensen naar buiten brengen.',
      en: 'You know what to do in a fire or an accident at work: first aid, putting out a fire and getting people out.',
    },
    esco: esco('445b65c5-5b16-4f66-94ce-f2a7f49f9ee7', 'manage emergency procedures'),
    isco08: ['4226', '5321', '5414'],
  },
  {
    id: 'ehbo',
    kind: 'certificate',
    label: { nl: 'EHBO-diploma', en: 'First aid certificate' },
    description: {
      nl: 'Je kunt eerste hulp geven bij een ongeluk, tot de ambulance er is.',
      en: 'You can give first aid after an accident, until the ambulance arrives.',
    },
    esco: esco('1d21f6ad-340f-45da-a0a3-4e83867f47a6', 'provide first aid'),
    isco08: ['5311', '5321', '5322'],
  },
  {
    id: 'nen-3140',
    kind: 'certificate',
    label: { nl: 'NEN 3140 (veilig werken met elektriciteit)', en: 'NEN 3140 (electrical safety)' },
    description: {
      nl: 'Je mag werken aan stroom en kabels in een gebouw. Wie dat werk doet, heeft het bijna altijd nodig.',
      en: 'You may work safely on or near electrical installations. Electricians almost always need it.',
    },
    esco: esco('76526bf6-bada-4ca1-8e79-6b9d4228b607', 'electrical safety regulations'),
    isco08: ['7411', '7412', '7413'],
  },
  {
    id: 'heftruck',
    kind: 'certificate',
    label: { nl: 'Heftruckcertificaat', en: 'Forklift certificate' },
    description: {
      nl: 'Je hebt geleerd veilig met een heftruck te rijden en te laden.',
      en: 'You have learned to drive and load a forklift safely.',
    },
    esco: esco('28cb374e-6261-4133-8371-f9a5470145da', 'operate forklift'),
    isco08: ['8344', '4321', '9333'],
  },
  {
    id: 'hoogwerker',
    kind: 'certificate',
    label: { nl: 'Hoogwerkercertificaat', en: 'Aerial work platform certificate' },
    description: {
      nl: 'Je mag werken vanaf een hoogwerker, zoals een schaarlift of een knikarm.',
      en: 'You may work from an aerial work platform, such as a scissor lift or a boom lift.',
    },
    esco: esco('541ce3bd-a6a0-4413-a020-0db81e299658', 'operate aerial work platforms'),
    isco08: ['7411', '7131', '7127'],
  },
  {
    id: 'haccp',
    kind: 'certificate',
    label: { nl: 'Hygiënecode (HACCP)', en: 'Food hygiene (HACCP)' },
    description: {
      nl: 'Je weet hoe je schoon en veilig met eten werkt. Dan wordt niemand er ziek van.',
      en: 'You know how to handle food cleanly and safely, so nobody gets ill from it.',
    },
    esco: esco('5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350', 'apply HACCP'),
    isco08: ['5120', '9411', '9412', '7512'],
  },
  {
    id: 'sociale-hygiene',
    kind: 'certificate',
    label: { nl: 'Verklaring Sociale Hygiëne', en: 'Social hygiene certificate (alcohol service)' },
    description: {
      nl: 'Nodig om leiding te geven in een zaak die alcohol schenkt, zoals een café.',
      en: 'Needed to be in charge of a place that serves alcohol, such as a bar.',
    },
    esco: esco('c7fcb14f-ea32-45e5-8d5c-f93857829a95', 'laws regulating serving alcoholic drinks'),
    isco08: ['1412', '5131', '5132'],
  },
  // ── Licences ──────────────────────────────────────────────────────────────
  {
    id: 'rijbewijs-b',
    kind: 'licence',
    label: { nl: 'Rijbewijs B (auto)', en: 'Driving licence B (car)' },
    description: {
      nl: 'Je mag auto rijden, en een bestelbus tot 3500 kilo.',
      en: 'You may drive a car, and a van up to 3,500 kilos.',
    },
    esco: esco('2a82241a-216e-44d8-bb50-6b9a0ef82084', 'drive vehicles'),
    isco08: ['8322', '9621', '7126'],
  },
  {
    id: 'rijbewijs-c',
    kind: 'licence',
    covers: ['rijbewijs-b'],
    label: { nl: 'Rijbewijs C (vrachtwagen)', en: 'Driving licence C (truck)' },
    description: {
      nl: 'Je mag een vrachtwagen rijden. Voor werk als chauffeur heb je ook code 95 nodig.',
      en: 'You may drive a truck. To drive for work you also need code 95.',
    },
    esco: esco('8215bbba-2f6d-4530-bf41-904d871eaf72', 'manoeuvre heavy trucks'),
    isco08: ['8332'],
  },
  {
    id: 'rijbewijs-ce',
    kind: 'licence',
    covers: ['rijbewijs-c', 'rijbewijs-b'],
    label: { nl: 'Rijbewijs CE (vrachtwagen met aanhanger)', en: 'Driving licence CE (truck with trailer)' },
    description: {
      nl: 'Je mag een vrachtwagen met aanhanger of oplegger rijden.',
      en: 'You may drive a truck with a trailer or semi-trailer.',
    },
    esco: esco('8215bbba-2f6d-4530-bf41-904d871eaf72', 'manoeuvre heavy trucks'),
    isco08: ['8332'],
  },
  {
    id: 'code-95',
    kind: 'licence',
    label: { nl: 'Code 95 (vakbekwaam chauffeur)', en: 'Code 95 (professional driver)' },
    description: {
      nl: 'Een aantekening op je rijbewijs. Je mag dan als beroep vrachtwagen of bus rijden.',
      en: 'A note on your driving licence. With it you may drive a truck or bus for a living.',
    },
    isco08: ['8331', '8332'],
  },
  // ── Physical conditions ───────────────────────────────────────────────────
  {
    id: 'zwaar-tillen',
    kind: 'physical',
    label: { nl: 'Zwaar tillen (tot 25 kilo)', en: 'Heavy lifting (up to 25 kilos)' },
    description: {
      nl: 'Het werk vraagt dat je vaak dingen tot 25 kilo tilt of draagt.',
      en: 'The work asks you to often lift or carry things up to 25 kilos.',
    },
    esco: esco('ab2bb44a-3956-4028-8715-8b70b1960b99', 'lift heavy weights'),
    isco08: ['4321', '7112', '9313', '9333'],
  },
  {
    id: 'lang-staan',
    kind: 'physical',
    label: { nl: 'Lang staan of lopen', en: 'Standing or walking for long' },
    description: {
      nl: 'Het werk vraagt dat je het grootste deel van de dag staat of loopt.',
      en: 'The work asks you to stand or walk for most of the day.',
    },
    isco08: ['5131', '5223', '5230', '9112'],
  },
  {
    id: 'werken-op-hoogte',
    kind: 'physical',
    label: { nl: 'Werken op hoogte', en: 'Working at heights' },
    description: {
      nl: 'Het werk vraagt dat je op een ladder, steiger of dak werkt.',
      en: 'The work asks you to work on a ladder, scaffold or roof.',
    },
    esco: esco('fafbb75f-ec35-4cc2-996a-20c85ef6c266', 'follow safety procedures when working at heights'),
    isco08: ['7121', '7131', '7411'],
  },
];

/** Who also holds each paper: the papers that cover it (VCA VOL covers VCA Basis). */
const coveredBy = new Map<string, string[]>();
for (const h of hardRequirements)
  for (const id of h.covers ?? []) coveredBy.set(id, [...(coveredBy.get(id) ?? []), h.id]);

/**
 * What a person holds, with what their papers also count for: VCA VOL counts as VCA Basis, a
 * truck licence as a car licence. A covered paper takes the source of the one covering it
 * (confirmed over said), unless the person holds it themselves.
 */
export function withCovered<T extends string>(held: ReadonlyMap<string, T>): Map<string, T> {
  const out = new Map(held);
  for (const [id, by] of coveredBy) {
    if (out.has(id)) continue;
    const sources = by.flatMap((b) => held.get(b) ?? []);
    if (sources.length) out.set(id, sources.find((s) => s === 'confirmed') ?? sources[0]!);
  }
  return out;
}
