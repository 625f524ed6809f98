/**
 * A skillprint as an unsigned European Learning Model (ELM 3) credential: an EDC-ready template.
 *
 * An institution completes it (its own issuer details, the person) and seals it with its own
 * eIDAS seal in the European Digital Credentials (EDC) issuer tools. We cannot seal it: we have
 * no qualified seal, and the levels are our measurement, not the institution's judgement.
 *
 * Classes, properties and concept URIs follow the European Commission's ELM repository
 * (european-commission-empl/European-Learning-Model): the EDC application profile's SHACL shapes
 * (rdf/ap/edc/EDC-generic-no-cv.ttl and EDC-generic-full.ttl), its JSON-LD context
 * (rdf/ap/edc/edc-ap-context.jsonld) and the ELM v3 samples in "Credentials/JSON-LD Examples
 * (ELM v3)". docs/elm-template.md maps each field and says what is left out and why.
 */
import type { Lang, Skillprint } from '@pfw/contract';
import { findSkill, SKILL_LANGUAGE_VERSION } from '@pfw/core/skills';
import { isProvisional, levelRange } from '@pfw/core/norms';

/** The contexts every EDC of the Commission's samples names: W3C VC 1.1, then the EDC profile. */
export const ELM_CONTEXT = ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'];
/** The SHACL profile an EDC declares as its schema (EDC-generic-full imports the no-cv shapes). */
export const EDC_SHAPES = 'http://data.europa.eu/snb/model/ap/edc-generic-full';
export const ESCO_SKILLS_SCHEME = 'http://data.europa.eu/esco/concept-scheme/skills';

export interface ElmInput {
  skillprint: Skillprint;
  /** A placeholder issuer: the institution puts its own legal details in before it seals. */
  issuer: { id: string; name: string };
  /** The credential's primary language; every text is in both. */
  lang: Lang;
  /** Where the signed skillprint can be seen and checked: linked from each assessment. */
  credentialUrl?: string;
}

type Json = Record<string, unknown>;
type Text = { nl: string; en: string };

const concept = (id: string, scheme: string, prefLabel: Record<string, string>) => ({
  id,
  type: 'Concept',
  inScheme: { id: scheme, type: 'ConceptScheme' },
  prefLabel,
});

// Concept URIs as the Commission's samples use them (EU language authority list, EDC lists).
const LANGUAGE = 'http://publications.europa.eu/resource/authority/language';
const LANGUAGES = {
  nl: concept(`${LANGUAGE}/NLD`, LANGUAGE, { nl: 'Nederlands', en: 'Dutch' }),
  en: concept(`${LANGUAGE}/ENG`, LANGUAGE, { nl: 'Engels', en: 'English' }),
};
const GENERIC_PROFILE = concept(
  'http://data.europa.eu/snb/credential/e34929035b',
  'http://data.europa.eu/snb/credential/25831c2',
  { en: 'Generic' },
);
const ONLINE = concept(
  'http://data.europa.eu/snb/learning-assessment/920fbb3cbe',
  'http://data.europa.eu/snb/learning-assessment/25831c2',
  { en: 'Online' },
);
// True of the test: taken online, alone, without checking who takes it.
const UNSUPERVISED = concept(
  'http://data.europa.eu/snb/supervision-verification/c598449d64',
  'http://data.europa.eu/snb/supervision-verification/25831c2',
  { en: 'Unsupervised without ID Verification' },
);

const WORDS = {
  title: { nl: 'Skillprint: gemeten vaardigheden', en: 'Skillprint: measured skills' },
  description: {
    nl: 'Per vaardigheid een niveau van 1 tot 5, gemeten met de test van Passport for Work. Het niveau is een meting van Passport for Work, geen oordeel van de instelling die dit bewijs uitgeeft.',
    en: 'For each skill a level from 1 to 5, measured with the Passport for Work test. The level is a measurement by Passport for Work, not a judgement of the institution that issues this credential.',
  },
  issuerNote: {
    nl: 'Sjabloon: de instelling vervangt deze organisatie door haar eigen gegevens (wettelijke naam, land, eIDAS-identificatie) voordat zij dit bewijs zegelt.',
    en: 'Template: the institution replaces this organisation with its own details (legal name, country, eIDAS identifier) before it seals this credential.',
  },
  grade: (level: number, low: number, high: number): Text =>
    low === high
      ? { nl: `Niveau ${level} van 5`, en: `Level ${level} of 5` }
      : {
          nl: `Niveau ${level} van 5 (kan ${low} tot ${high} zijn)`,
          en: `Level ${level} of 5 (may be ${low} to ${high})`,
        },
  range: (low: number, high: number): Text =>
    low === high
      ? { nl: `Bereik: met 80 % zekerheid niveau ${low}.`, en: `Range: level ${low}, with 80 % certainty.` }
      : {
          nl: `Bereik: met 80 % zekerheid niveau ${low} tot ${high}.`,
          en: `Range: level ${low} to ${high}, with 80 % certainty.`,
        },
  provisional: {
    nl: 'Voorlopige schatting: de test is nog niet afgesteld op de antwoorden van echte mensen.',
    en: 'Provisional estimate: the test has not yet been tuned on the answers of real people.',
  },
  poorFit: {
    nl: 'We konden dit niet goed meten: de antwoorden passen niet goed bij elkaar. Dit niveau zegt weinig over de persoon.',
    en: 'We could not measure this well: the answers do not fit together well. This level says little about the person.',
  },
  test: (label: Text): Text => ({
    nl: `Test van Passport for Work: ${label.nl}`,
    en: `Passport for Work test: ${label.en}`,
  }),
  method: (version: string): Text => ({
    nl: `Test van Passport for Work, versie ${version}: keuzes tussen uitspraken, situaties op het werk en korte spellen. Elk niveau is berekend met een IRT-model.`,
    en: `Passport for Work test, version ${version}: choices between statements, situations at work and short games. Each level is computed with an IRT model.`,
  }),
  levels: (label: Text): Text => ({ nl: `Niveaus 1 tot 5: ${label.nl}`, en: `Levels 1 to 5: ${label.en}` }),
  link: { nl: 'De ondertekende skillprint', en: 'The signed skillprint' },
};

/** xsd:dateTime in UTC, whole seconds as in the Commission's samples (a stable form of one instant). */
const dateTime = (iso: string) => new Date(iso).toISOString().replace(/\.000Z$/, 'Z');

export function elmCredentialOf(input: ElmInput): Json {
  const { skillprint: sp, lang } = input;
  // Both languages always; the primary one first, so it reads first in the JSON too.
  const both = (t: Text) => (lang === 'nl' ? { nl: t.nl, en: t.en } : { en: t.en, nl: t.nl });
  const note = (id: string, t: Text) => ({ id, type: 'Note', noteLiteral: both(t) });
  // Deterministic ids from the skillprint id; the owner's pseudonym appears nowhere.
  const base = `urn:pfw:skillprint:${sp.id}`;
  const version = encodeURIComponent(sp.assessmentVersion);
  const issued = dateTime(sp.issuedAt);

  const issuer = {
    id: input.issuer.id,
    type: 'Organisation',
    legalName: { [lang]: input.issuer.name },
    additionalNote: [note(`${base}:issuer-note`, WORDS.issuerNote)],
  };
  // The institution awards every claim; one awarding process, repeated by id as in the samples.
  const awardedBy = { id: `${base}:awarding`, type: 'AwardingProcess', awardingBody: issuer };
  const link = input.credentialUrl
    ? { id: input.credentialUrl, type: 'WebResource', contentURL: input.credentialUrl, title: both(WORDS.link) }
    : undefined;

  // LearningAssessment, not LearningAchievement: a measured level of a skill, not a claim that
  // learning outcomes were acquired. Its grade (a Note) is mandatory in the EDC profile.
  const hasClaim = sp.scores.map((score) => {
    const skill = findSkill(score.skillId);
    if (!skill) throw new Error(`elmCredentialOf: skill "${score.skillId}" is not in the skill language`);
    const [low, high] = levelRange(score);
    const id = `${base}:assessment:${skill.id}`;
    const skillIri = `urn:pfw:skill-language:${SKILL_LANGUAGE_VERSION}:skill:${skill.id}`;
    const notes = [note(`${id}:range`, WORDS.range(low, high))];
    if (isProvisional(sp.assessmentVersion)) notes.push(note(`${id}:provisional`, WORDS.provisional));
    if (sp.poorFit) notes.push(note(`${id}:poor-fit`, WORDS.poorFit));
    return {
      id,
      type: 'LearningAssessment',
      title: both(skill.label),
      // What the measured level looks like at work, in the skill language's own words.
      description: both(skill.levels[score.level - 1]!),
      grade: note(`${id}:grade`, WORDS.grade(score.level, low, high)),
      additionalNote: notes,
      dateIssued: issued,
      idVerification: UNSUPERVISED,
      awardedBy,
      ...(link && { supplementaryDocument: [link] }),
      specifiedBy: {
        id: `urn:pfw:assessment:${version}:${skill.id}`,
        type: 'LearningAssessmentSpecification',
        title: both(WORDS.test(skill.label)),
        description: both(WORDS.method(sp.assessmentVersion)),
        identifier: [
          {
            id: `urn:pfw:assessment:${version}`,
            type: 'Identifier',
            notation: sp.assessmentVersion,
            schemeName: 'Passport for Work assessment version',
          },
        ],
        mode: [ONLINE],
        gradingScheme: {
          id: `urn:pfw:skill-language:${SKILL_LANGUAGE_VERSION}:levels:${skill.id}`,
          type: 'GradingScheme',
          title: both(WORDS.levels(skill.label)),
          description: both({
            nl: skill.levels.map((l, i) => `${i + 1}. ${l.nl}`).join('\n'),
            en: skill.levels.map((l, i) => `${i + 1}. ${l.en}`).join('\n'),
          }),
        },
        // What the test is designed to measure: the skill, linked to ESCO through its outcome.
        proves: [
          {
            id: skillIri,
            type: 'LearningAchievementSpecification',
            title: both(skill.label),
            learningOutcome: [
              {
                id: `${skillIri}:outcome`,
                type: 'LearningOutcome',
                title: both(skill.description),
                ...(skill.crosswalk && {
                  relatedESCOSkill: [
                    concept(skill.crosswalk.esco.uri, ESCO_SKILLS_SCHEME, { en: skill.crosswalk.esco.label }),
                  ],
                }),
              },
            ],
          },
        ],
      },
    };
  });

  // No issued/issuanceDate, evidence or proof: the sealing tool adds them (see the Commission's
  // signed samples), as the institution adds the person and its own issuer details.
  return {
    '@context': ELM_CONTEXT,
    id: base,
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    credentialProfiles: [GENERIC_PROFILE],
    credentialSchema: [{ id: EDC_SHAPES, type: 'ShaclValidator2017' }],
    identifier: [
      { id: `${base}:identifier`, type: 'Identifier', notation: sp.id, schemeName: 'Passport for Work skillprint id' },
    ],
    displayParameter: {
      id: `${base}:display`,
      type: 'DisplayParameter',
      title: both(WORDS.title),
      description: both(WORDS.description),
      language: [LANGUAGES[lang], LANGUAGES[lang === 'nl' ? 'en' : 'nl']],
      primaryLanguage: LANGUAGES[lang],
    },
    issuer,
    validFrom: issued,
    // The person, without a name: the skillprint is pseudonymous; the institution fills this in.
    credentialSubject: { id: `${base}:person`, type: 'Person', hasClaim },
  };
}
