/**
 * A skillprint as one Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential 2.0).
 *
 * One credential per skillprint, not one per skill: the levels come from one test, scored
 * together (the skills' correlations inform each other), under one bank version, and they are
 * revoked together. Each measured skill is a ResultDescription of the achievement (a rubric of
 * levels 1-5 in observable behaviour) aligned to its ESCO skill and O*NET element, and the
 * subject's results give the level and the range it could be.
 */
import type { Lang, Skillprint } from '@pfw/contract';
import { hardRequirements, skills } from '@pfw/core/skills';
import { isProvisional, levelRange } from '@pfw/core/norms';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** A skillprint's achievement id: this, then the test version it was measured with. */
export const SKILLPRINT_ACHIEVEMENT = 'urn:pfw:achievement:skillprint:';

/** Skills move: a skillprint older than this says little of today, so the credential ends. */
export const CREDENTIAL_YEARS = 2;

export interface IssuerRef {
  id: string;
  name: string;
}

export interface OpenBadgeInput {
  skillprint: Skillprint;
  /** The random id of this credential (a UUID): the credential's id is urn:uuid:<it>. */
  credentialId: string;
  /** The partner whose job seekers took the test: the credential's issuer. */
  issuer: IssuerRef;
  /** Passport for Work, which made the test: the achievement's creator. */
  creator: IssuerRef;
  status: { listUrl: string; index: number };
  lang: Lang;
  validFrom: Date;
  validUntil?: Date;
}

const skillById = new Map(skills.map((s) => [s.id, s]));

const WORDS = {
  nl: {
    name: 'Skillprint: gemeten vaardigheden',
    description:
      'Een profiel van vaardigheden voor werk, gemeten met een test van Passport for Work. Per vaardigheid een niveau van 1 tot 5, met hoe zeker dat is.',
    criteria:
      'De persoon deed de test van Passport for Work: keuzes tussen uitspraken, situaties op het werk en korte spellen. De server berekende elk niveau met een IRT-model en ondertekende het resultaat.',
    provisional: ' Voorlopige schatting: de test is nog niet op echte antwoorden afgesteld.',
    level: (n: number) => `Niveau ${n}`,
    range: 'Kan ook zijn',
    evidence: 'De test',
    version: (v: string) => `Gemeten met testversie ${v}.`,
  },
  en: {
    name: 'Skillprint: measured skills',
    description:
      'A profile of work skills, measured with a Passport for Work test. Each skill has a level from 1 to 5, with how sure it is.',
    criteria:
      'The person took the Passport for Work test: choices between statements, situations at work and short games. The server computed each level with an IRT model and signed the result.',
    provisional: ' Provisional estimate: the test has not yet been tuned on real answers.',
    level: (n: number) => `Level ${n}`,
    range: 'Could also be',
    evidence: 'The test',
    version: (v: string) => `Measured with test version ${v}.`,
  },
} as const;

/** The ids a result links by (short: they repeat); levelsOf reads results back through the same two. */
export const skillResultId = (skillId: string) => `urn:pfw:skill:${skillId}`;
export const rangeResultId = (skillId: string) => `urn:pfw:skill:${skillId}:range`;

/** A credential as the signer takes it: any JSON with the fields its JWT claims come from. */
export type CredentialJson = Record<string, unknown> & { id: string; issuer: { id: string }; validFrom: string };

export function openBadgeOf(
  input: OpenBadgeInput,
): CredentialJson & { credentialSubject: Record<string, unknown> & { id: string } } {
  const { skillprint: sp, lang } = input;
  const w = WORDS[lang];
  // The achievement is the same for every skillprint of one test version: "measured with this test".
  const achievementId = `${SKILLPRINT_ACHIEVEMENT}${sp.assessmentVersion}`;
  const measured = sp.scores.flatMap((score) => {
    const skill = skillById.get(score.skillId);
    return skill ? [{ score, skill }] : [];
  });

  const resultDescription = measured.flatMap(({ skill, score }) => {
    // The rubric names the levels this result spans (its range), not all five: a credential
    // stays small enough to pass around (a QR link, a wallet), and says what this person's levels mean.
    const [low, high] = levelRange(score);
    const alignment = [];
    if (skill.crosswalk?.esco) {
      alignment.push({
        type: ['Alignment'],
        targetType: 'ext:ESCOSkill',
        targetFramework: 'ESCO',
        targetName: skill.crosswalk.esco.label,
        targetUrl: skill.crosswalk.esco.uri,
      });
    }
    if (skill.crosswalk?.onet) {
      alignment.push({
        type: ['Alignment'],
        targetType: 'ext:ONETElement',
        targetFramework: 'O*NET Content Model',
        targetCode: skill.crosswalk.onet.id,
        targetName: skill.crosswalk.onet.label,
        targetUrl: `https://www.onetonline.org/find/descriptor/result/${skill.crosswalk.onet.id}`,
      });
    }
    const id = skillResultId(skill.id);
    return [
      {
        id,
        type: ['ResultDescription'],
        name: skill.label[lang],
        resultType: 'RubricCriterionLevel',
        alignment,
        allowedValue: ['1', '2', '3', '4', '5'],
        rubricCriterionLevel: skill.levels.flatMap((text, i) =>
          i + 1 >= low && i + 1 <= high
            ? [
                {
                  id: `${id}:${i + 1}`,
                  type: ['RubricCriterionLevel'],
                  name: w.level(i + 1),
                  description: text[lang],
                  level: String(i + 1),
                },
              ]
            : [],
        ),
      },
      {
        id: rangeResultId(skill.id),
        type: ['ResultDescription'],
        name: `${skill.label[lang]}: ${w.range}`,
        resultType: 'ext:LevelRange',
      },
    ];
  });

  const result = measured.flatMap(({ score, skill }) => {
    const [low, high] = levelRange(score);
    const id = skillResultId(skill.id);
    return [
      {
        type: ['Result'],
        resultDescription: id,
        achievedLevel: `${id}:${score.level}`,
        value: String(score.level),
      },
      { type: ['Result'], resultDescription: rangeResultId(skill.id), value: `${low}-${high}` },
    ];
  });

  const credential: CredentialJson & { credentialSubject: Record<string, unknown> & { id: string } } = {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: `urn:uuid:${input.credentialId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: w.name,
    issuer: { id: input.issuer.id, type: ['Profile'], name: input.issuer.name } as CredentialJson['issuer'],
    validFrom: input.validFrom.toISOString(),
    awardedDate: new Date(sp.issuedAt).toISOString(),
    credentialSubject: {
      // The pseudonym the owner is known by at this partner: no name, no contact detail.
      id: `urn:pfw:pseudonym:${sp.owner}`,
      type: ['AchievementSubject'],
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        achievementType: 'Assessment',
        name: w.name,
        description: w.description + (isProvisional(sp.assessmentVersion) ? w.provisional : ''),
        criteria: { narrative: w.criteria },
        creator: { id: input.creator.id, type: ['Profile'], name: input.creator.name },
        inLanguage: lang,
        resultDescription,
      },
      result,
    },
    evidence: [
      {
        id: `urn:pfw:skillprint:${sp.id}`,
        type: ['Evidence'],
        name: w.evidence,
        description: w.version(sp.assessmentVersion),
        genre: 'Assessment',
      },
    ],
    credentialSchema: [{ id: OB_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
    credentialStatus: {
      id: `${input.status.listUrl}#${input.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.status.index),
      statusListCredential: input.status.listUrl,
    },
  };
  if (input.validUntil) credential.validUntil = input.validUntil.toISOString();
  return credential;
}

/** The levels a credential of ours states, read back from its results (undefined: not in our form). */
export function levelsOf(
  credential: Record<string, unknown>,
): { skillId: string; level: number; low: number; high: number }[] | undefined {
  const subject = credential.credentialSubject as { result?: unknown } | undefined;
  if (!Array.isArray(subject?.result)) return undefined;
  const values = new Map<string, string>();
  for (const r of subject.result as { resultDescription?: unknown; value?: unknown }[]) {
    if (typeof r?.resultDescription === 'string' && typeof r.value === 'string')
      values.set(r.resultDescription, r.value);
  }
  const levels = [];
  for (const skill of skills) {
    const level = Number(values.get(skillResultId(skill.id)));
    const range = /^([1-5])-([1-5])$/.exec(values.get(rangeResultId(skill.id)) ?? '');
    if (!Number.isInteger(level) || level < 1 || level > 5) continue;
    levels.push({ skillId: skill.id, level, low: Number(range?.[1] ?? level), high: Number(range?.[2] ?? level) });
  }
  return levels;
}

export interface ClaimInput {
  claimId: string;
  /** The institution: the credential's issuer. */
  issuer: IssuerRef;
  skills: readonly { skillId: string; level: number }[];
  hardRequirements: readonly string[];
  evidence: { kind: string; name: string; date: string };
  validFrom: Date;
}

/**
 * An institution's confirmation as an OpenBadgeCredential: each skill at its level (the same
 * rubric results as a skillprint's, without a range: a teacher's judgement has none) and each
 * certificate aligned to its ESCO skill. Its subject is the claim, not a person: the institution
 * hands the person a code, and never learns who took it in.
 */
export function claimCredentialOf(
  input: ClaimInput,
): CredentialJson & { credentialSubject: Record<string, unknown> & { id: string } } {
  const lang = 'nl';
  const resultDescription = input.skills.flatMap(({ skillId, level }) => {
    const skill = skillById.get(skillId);
    if (!skill) return [];
    const id = skillResultId(skillId);
    return [
      {
        id,
        type: ['ResultDescription'],
        name: skill.label[lang],
        resultType: 'RubricCriterionLevel',
        alignment: skill.crosswalk?.esco
          ? [
              {
                type: ['Alignment'],
                targetType: 'ext:ESCOSkill',
                targetFramework: 'ESCO',
                targetName: skill.crosswalk.esco.label,
                targetUrl: skill.crosswalk.esco.uri,
              },
            ]
          : [],
        rubricCriterionLevel: [
          {
            id: `${id}:${level}`,
            type: ['RubricCriterionLevel'],
            name: `Niveau ${level}`,
            description: skill.levels[level - 1]![lang],
            level: String(level),
          },
        ],
      },
    ];
  });
  const papers = input.hardRequirements.flatMap((id) => {
    const paper = hardRequirements.find((h) => h.id === id);
    return paper?.esco
      ? [
          {
            type: ['Alignment'],
            targetType: 'ext:ESCOSkill',
            targetFramework: 'ESCO',
            targetName: paper.label[lang],
            targetUrl: paper.esco.uri,
          },
        ]
      : [];
  });
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: `urn:uuid:${input.claimId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.evidence.name,
    issuer: { id: input.issuer.id, type: ['Profile'], name: input.issuer.name } as CredentialJson['issuer'],
    validFrom: input.validFrom.toISOString(),
    credentialSubject: {
      id: `urn:pfw:claim:${input.claimId}`,
      type: ['AchievementSubject'],
      achievement: {
        id: `urn:pfw:claim:${input.claimId}:achievement`,
        type: ['Achievement'],
        achievementType:
          input.evidence.kind === 'diploma' ? 'Diploma' : input.evidence.kind === 'course' ? 'Course' : 'Achievement',
        name: input.evidence.name,
        description: `Bevestigd door ${input.issuer.name}: ${input.evidence.name} (${input.evidence.date}).`,
        criteria: { narrative: `${input.evidence.kind}: ${input.evidence.name}, ${input.evidence.date}` },
        alignment: papers,
        resultDescription,
      },
      result: input.skills.map(({ skillId, level }) => ({
        type: ['Result'],
        resultDescription: skillResultId(skillId),
        achievedLevel: `${skillResultId(skillId)}:${level}`,
        value: String(level),
      })),
    },
    credentialSchema: [{ id: OB_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
}
