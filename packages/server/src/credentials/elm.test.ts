/**
 * The ELM 3 (EDC) template of a skillprint: its structure, what it must not carry, and the
 * EDC application profile's minimum counts for the parts we fill in.
 *
 * No JSON schema check: the profile's normative form is SHACL (the credential names
 * ShaclValidator2017), and we found no public copy of the Commission's JSON schema to test
 * against. REQUIRED below restates the sh:minCount rules of EDC-generic-no-cv.ttl (AP 1.1.0,
 * european-commission-empl/European-Learning-Model) for the classes this template uses.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Skillprint } from '@pfw/contract';
import { toSkillScore } from '@pfw/core/norms';
import { findSkill } from '@pfw/core/skills';
import { EDC_SHAPES, ELM_CONTEXT, ESCO_SKILLS_SCHEME, elmCredentialOf, type ElmInput } from './elm.js';

type Node = Record<string, unknown>;

const OWNER = 'kandidaat-7fk3q2';
const sample: Skillprint = Skillprint.parse({
  id: 'sp_4nT8qLx2Vw9',
  owner: OWNER,
  assessmentVersion: '2026.12d-provisional',
  issuedAt: '2026-11-20T14:03:07+01:00',
  scores: [
    toSkillScore('working-together', 0, 0.5, 14), // level 3, may be 2 to 4
    toSkillScore('accuracy', 1.6, 0.2, 18), // level 5, sure
    toSkillScore('communicating', -0.9, 0.35, 12), // the ESCO link is a skill group
  ],
  interests: [{ interestId: 'social', score: 80 }],
  environment: [],
  unmeasured: ['planning'],
});
const input: ElmInput = {
  skillprint: sample,
  issuer: { id: 'https://roc.example.nl', name: 'ROC Voorbeeld' },
  lang: 'nl',
  credentialUrl: 'https://portal.example.nl/skillprint/abc',
};

/** Every node of the JSON tree with a `type`, with the key it hangs under. */
function nodes(value: unknown, key = '', out: { key: string; node: Node }[] = []) {
  if (Array.isArray(value)) for (const v of value) nodes(v, key, out);
  else if (value && typeof value === 'object') {
    if ('type' in value) out.push({ key, node: value as Node });
    for (const [k, v] of Object.entries(value)) nodes(v, k, out);
  }
  return out;
}
const typesOf = (n: Node) => [n.type].flat() as string[];
const claimsOf = (c: Node) => (c.credentialSubject as { hasClaim: Node[] }).hasClaim;

/**
 * sh:minCount 1 of the EDC profile, per class, for what we fill in. Left to the institution (and
 * so not listed): EuropeanDigitalCredential `issued` and the issuer's `eIDASIdentifier` (set when
 * it seals), Organisation `location`, DisplayParameter `individualDisplay`.
 */
const REQUIRED: Record<string, string[]> = {
  EuropeanDigitalCredential: [
    'credentialProfiles',
    'displayParameter',
    'issuer',
    'credentialSubject',
    'validFrom',
    'credentialSchema',
  ],
  DisplayParameter: ['title', 'language', 'primaryLanguage'],
  Organisation: ['legalName'],
  Person: ['hasClaim'],
  LearningAssessment: ['title', 'grade', 'awardedBy'],
  AwardingProcess: ['awardingBody'],
  Note: ['noteLiteral'],
  LearningAssessmentSpecification: ['title'],
  GradingScheme: ['title'],
  LearningAchievementSpecification: ['title'],
  LearningOutcome: ['title'],
  Identifier: ['notation'],
  WebResource: ['contentURL'],
};

/** Terms of the two contexts (edc-ap-context.jsonld and W3C credentials v1) this template may use. */
const TERMS = new Set([
  '@context',
  'id',
  'type',
  'credentialProfiles',
  'credentialSchema',
  'identifier',
  'displayParameter',
  'title',
  'description',
  'language',
  'primaryLanguage',
  'issuer',
  'legalName',
  'additionalNote',
  'noteLiteral',
  'validFrom',
  'credentialSubject',
  'hasClaim',
  'grade',
  'dateIssued',
  'idVerification',
  'awardedBy',
  'awardingBody',
  'supplementaryDocument',
  'contentURL',
  'specifiedBy',
  'notation',
  'schemeName',
  'mode',
  'gradingScheme',
  'proves',
  'learningOutcome',
  'relatedESCOSkill',
  'inScheme',
  'prefLabel',
]);

describe('elmCredentialOf', () => {
  const credential = elmCredentialOf(input);

  it('is an unsigned EDC: the ELM contexts, its types and the SHACL profile it names', () => {
    assert.deepEqual(credential['@context'], ELM_CONTEXT);
    assert.equal((credential['@context'] as string[])[0], 'https://www.w3.org/2018/credentials/v1');
    assert.deepEqual(credential.type, ['VerifiableCredential', 'EuropeanDigitalCredential']);
    assert.deepEqual(credential.credentialSchema, [{ id: EDC_SHAPES, type: 'ShaclValidator2017' }]);
    assert.equal(credential.id, `urn:pfw:skillprint:${sample.id}`);
    for (const sealed of ['proof', 'issued', 'issuanceDate', 'evidence', 'credentialStatus']) {
      assert.ok(!(sealed in credential), `${sealed} is the sealing tool's`);
    }
    const issuer = credential.issuer as Node;
    assert.equal(issuer.id, input.issuer.id);
    assert.deepEqual(issuer.legalName, { nl: 'ROC Voorbeeld' });
    assert.match(JSON.stringify(issuer.additionalNote), /vervangt deze organisatie/);
    assert.match(JSON.stringify(issuer.additionalNote), /replaces this organisation/);
  });

  it('has one LearningAssessment per measured skill, with level, range, labels, behaviour and ESCO skill', () => {
    const claims = claimsOf(credential);
    assert.equal(claims.length, sample.scores.length);
    for (const [i, score] of sample.scores.entries()) {
      const claim = claims[i]!;
      const skill = findSkill(score.skillId)!;
      assert.equal(claim.type, 'LearningAssessment');
      // The credential speaks its two languages (Dutch and English), not every reading language.
      const level = skill.levels[score.level - 1]!;
      assert.deepEqual(claim.title, { nl: skill.label.nl, en: skill.label.en });
      assert.deepEqual(claim.description, { nl: level.nl, en: level.en });
      const grade = (claim.grade as { noteLiteral: { nl: string; en: string } }).noteLiteral;
      assert.match(grade.nl, new RegExp(`^Niveau ${score.level} van 5`));
      assert.match(grade.en, new RegExp(`^Level ${score.level} of 5`));
      const escos = nodes(claim).filter((n) => n.key === 'relatedESCOSkill');
      assert.deepEqual(
        escos.map((n) => n.node.id),
        [skill.crosswalk!.esco.uri],
      );
      assert.deepEqual(escos[0]!.node.inScheme, { id: ESCO_SKILLS_SCHEME, type: 'ConceptScheme' });
    }
    const [together, accuracy] = claims;
    assert.deepEqual((together!.grade as Node).noteLiteral, {
      nl: 'Niveau 3 van 5 (kan 2 tot 4 zijn)',
      en: 'Level 3 of 5 (may be 2 to 4)',
    });
    assert.match(JSON.stringify(together!.additionalNote), /niveau 2 tot 4/);
    assert.deepEqual((accuracy!.grade as Node).noteLiteral, { nl: 'Niveau 5 van 5', en: 'Level 5 of 5' });
    // The skillprint named "planning" as not measured: no claim for it.
    assert.ok(!claims.some((c) => String(c.id).endsWith(':planning')));
  });

  it('records the assessment version, the grading scale and the caveats the card shows', () => {
    const claim = claimsOf(credential)[0]!;
    const spec = claim.specifiedBy as Node;
    assert.equal(spec.type, 'LearningAssessmentSpecification');
    assert.deepEqual(spec.identifier, [
      {
        id: 'urn:pfw:assessment:2026.12d-provisional',
        type: 'Identifier',
        notation: '2026.12d-provisional',
        schemeName: 'Passport for Work assessment version',
      },
    ]);
    assert.equal(((spec.gradingScheme as Node).description as { en: string }).en.split('\n').length, 5);
    assert.match(JSON.stringify(claim.additionalNote), /Voorlopige schatting/);
    assert.doesNotMatch(JSON.stringify(claim.additionalNote), /niet goed meten/);
    const poor = claimsOf(elmCredentialOf({ ...input, skillprint: { ...sample, poorFit: true } }))[0]!;
    assert.match(JSON.stringify(poor.additionalNote), /We could not measure this well/);
    const final = claimsOf(elmCredentialOf({ ...input, skillprint: { ...sample, assessmentVersion: '2027.1' } }))[0]!;
    assert.doesNotMatch(JSON.stringify(final.additionalNote), /Provisional/);
    assert.deepEqual((claim.supplementaryDocument as Node[])[0]!.contentURL, input.credentialUrl);
    const noLink = claimsOf(elmCredentialOf({ ...input, credentialUrl: undefined }))[0]!;
    assert.ok(!('supplementaryDocument' in noLink));
  });

  it('names no one: no pseudonym, no name fields, nothing but the claims on the person', () => {
    const text = JSON.stringify(credential);
    assert.ok(!text.includes(OWNER), 'the owner pseudonym must not appear');
    const subject = credential.credentialSubject as Node;
    assert.deepEqual(Object.keys(subject).sort(), ['hasClaim', 'id', 'type']);
    assert.equal(subject.id, `urn:pfw:skillprint:${sample.id}:person`);
    assert.equal(subject.type, 'Person');
    for (const { node } of nodes(credential)) {
      for (const personal of ['fullName', 'givenName', 'familyName', 'dateOfBirth', 'contactPoint', 'nationalID']) {
        assert.ok(!(personal in node), `${personal} in ${String(node.id)}`);
      }
    }
    // Neither the IRT scale nor the preferences: only what the card states as a level.
    for (const internal of ['theta', '"se"', 'percentile', 'itemsUsed', 'interest', 'environment']) {
      assert.ok(!text.includes(internal), internal);
    }
  });

  it('dates: validFrom and each assessment date are the skillprint instant as xsd:dateTime in UTC', () => {
    const instant = new Date(sample.issuedAt).getTime();
    const dates = [credential.validFrom, ...claimsOf(credential).map((c) => c.dateIssued)] as string[];
    for (const d of dates) {
      assert.match(d, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      assert.equal(Date.parse(d), instant);
    }
    assert.equal(credential.validFrom, '2026-11-20T13:03:07Z');
  });

  it('is plain JSON and deterministic', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(credential)), credential);
    assert.deepEqual(elmCredentialOf(input), credential);
    assert.equal(JSON.stringify(elmCredentialOf(structuredClone(input))), JSON.stringify(credential));
  });

  it('meets the EDC profile minimum counts for what it fills in, using only context terms', () => {
    for (const { node } of nodes(credential)) {
      for (const type of typesOf(node)) {
        for (const property of REQUIRED[type] ?? []) {
          const value = node[property];
          assert.ok(value !== undefined && !(Array.isArray(value) && value.length === 0), `${type}.${property}`);
        }
      }
    }
    const keys = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(keys)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) =>
              // Language maps (@container @language) hold language tags, not terms.
              /^(title|description|legalName|noteLiteral|prefLabel)$/.test(k) ? [k] : [k, ...keys(v)],
            )
          : [];
    for (const key of keys(credential)) assert.ok(TERMS.has(key), `${key} is not a term of the ELM contexts`);
    // Language maps: one text per language (sh:uniqueLang), only the product's two.
    for (const { node } of nodes(credential)) {
      for (const k of ['title', 'description', 'noteLiteral']) {
        if (node[k] !== undefined) assert.deepEqual(Object.keys(node[k] as Node).sort(), ['en', 'nl'], `${k}`);
      }
    }
  });

  it('puts the chosen language first and refuses a skill it does not know', () => {
    const en = elmCredentialOf({ ...input, lang: 'en' });
    const display = en.displayParameter as { primaryLanguage: Node; language: Node[]; title: Node };
    assert.equal(display.primaryLanguage.id, 'http://publications.europa.eu/resource/authority/language/ENG');
    assert.deepEqual(
      display.language.map((l) => l.id),
      [
        'http://publications.europa.eu/resource/authority/language/ENG',
        'http://publications.europa.eu/resource/authority/language/NLD',
      ],
    );
    assert.deepEqual(Object.keys(display.title), ['en', 'nl']);
    const unknown = { ...sample, scores: [{ ...sample.scores[0]!, skillId: 'juggling' }] };
    assert.throws(() => elmCredentialOf({ ...input, skillprint: unknown }), /juggling/);
  });
});
