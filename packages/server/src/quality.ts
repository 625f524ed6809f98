/**
 * The measurement quality and fairness report of one partner (#20 parts 3, 4, 6), computed
 * from what is stored: the latest skillprint of each job seeker, the raw answers of completed
 * assessments, and — only for those who gave the separate research consent — their group
 * characteristics. Aggregates only: no figure about fewer than MIN_GROUP people.
 */
import type { MeasurementQuality, Skillprint } from '@pfw/contract';
import {
  MIN_GROUP,
  adverseImpact,
  blockStatementIds,
  difStudy,
  isProvisional,
  itemFit,
  itemBank,
  marginalReliability,
  researchCharacteristics,
  statementBank,
  type DifObservation,
  type DifPerson,
  type FitObservation,
  type RawAnswer,
  type ResearchCharacteristic,
} from '@pfw/core/psychometrics';
import { skills } from '@pfw/core/skills';
import type { BankRegistry } from './banks/registry.js';
import type { Queryable } from './storage/database.js';
import { ANSWER_COLUMNS, gameOptions, toRawAnswer, type AnswerRow } from './storage/queries.js';

interface SessionRow {
  id: string;
  person_id: string;
  seed: string | number;
  extra_time: boolean;
  assessment_version: string;
  payload: Skillprint;
}

interface ResearchRow {
  person_id: string;
  age_band: string | null;
  gender: string | null;
  migration_background: string | null;
  education_level: string | null;
  test_disability: string | null;
}

const COLUMN: Record<ResearchCharacteristic['id'], keyof ResearchRow> = {
  ageBand: 'age_band',
  gender: 'gender',
  migrationBackground: 'migration_background',
  educationLevel: 'education_level',
  testDisability: 'test_disability',
};

const pearson = (pairs: readonly [number, number][]): number => {
  const n = pairs.length;
  const mx = pairs.reduce((s, [x]) => s + x, 0) / n;
  const my = pairs.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
};

const itemsById = new Map(itemBank.map((i) => [i.id, i]));
const statementsById = new Map(statementBank.map((st) => [st.id, st]));
const shorten = (t: string) => (t.length > 190 ? `${t.slice(0, 189)}…` : t);

/** What an item or a pair of statements says, in Dutch, for the report's readers. */
function describe(key: string): string {
  const item = itemsById.get(key);
  if (item) return shorten(item.prompt.nl);
  const [first, second] = key.split('|').map((id) => statementsById.get(id)?.text.nl);
  return first && second ? `"${shorten(first)}" of "${shorten(second)}"` : key;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A person in the DIF study: the answers as observations and a way to their ability. */
interface StudyPerson extends DifPerson {
  session: SessionRow;
  answers: Map<string, 0 | 1>;
  observations: Map<string, DifObservation>;
  raw: RawAnswer[];
  theta: Map<string, number>;
}

const matchingScore = (o: DifObservation, theta: ReadonlyMap<string, number>): number =>
  o.weights.reduce((s, [skillId, w]) => s + w * (theta.get(skillId) ?? 0), 0);

/** `minGroup`: the smallest group a figure is given about (MIN_GROUP; tests use fewer people). */
export async function measurementQuality(
  db: Queryable,
  partnerId: string,
  banks: BankRegistry,
  { minGroup = MIN_GROUP }: { minGroup?: number } = {},
): Promise<MeasurementQuality> {
  // Answers are read as the current bank version reads them (tests taken on it).
  const { administration, assessmentVersion, bank } = banks.current;
  // The latest completed assessment of each job seeker, with its skillprint.
  const sessions = await db.query<SessionRow>(
    `SELECT DISTINCT ON (s.person_id) s.id, s.person_id, s.seed, s.extra_time, s.assessment_version, k.payload
       FROM assessment_sessions s
       JOIN people p ON p.id = s.person_id
       JOIN skillprints k ON k.session_id = s.id
      WHERE p.partner_id = $1 AND s.status = 'completed'
      ORDER BY s.person_id, k.issued_at DESC`,
    [partnerId],
  );
  const retakes = await db.query<{ person_id: string; payload: Skillprint }>(
    `SELECT k.person_id, k.payload FROM skillprints k JOIN people p ON p.id = k.person_id
      WHERE p.partner_id = $1 AND k.person_id IN (SELECT person_id FROM skillprints GROUP BY person_id HAVING count(*) > 1)
      ORDER BY k.person_id, k.issued_at DESC`,
    [partnerId],
  );

  // ── Precision per skill ──────────────────────────────────────────────
  const latestTwo = new Map<string, Skillprint[]>();
  for (const r of retakes) {
    const list = latestTwo.get(r.person_id) ?? [];
    if (list.length < 2) list.push(r.payload);
    latestTwo.set(r.person_id, list);
  }
  const skillQuality = skills.map((skill) => {
    const scores = sessions.flatMap((s) => s.payload.scores.filter((x) => x.skillId === skill.id));
    const pairs: [number, number][] = [];
    for (const [later, earlier] of latestTwo.values()) {
      const a = earlier?.scores.find((x) => x.skillId === skill.id);
      const b = later?.scores.find((x) => x.skillId === skill.id);
      if (a && b) pairs.push([a.theta, b.theta]);
    }
    return {
      skillId: skill.id,
      n: scores.length,
      meanSe: scores.length ? round(scores.reduce((s, x) => s + x.se, 0) / scores.length) : null,
      reliability: scores.length >= minGroup ? round(marginalReliability(scores)) : null,
      retest: { n: pairs.length, r: pairs.length >= minGroup ? round(pearson(pairs)) : null },
    };
  });

  // ── Answers of the assessments this version of the test can read ─────
  const current = sessions.filter((s) => s.assessment_version === assessmentVersion);
  const answerRows = current.length
    ? await db.query<AnswerRow & { session_id: string }>(
        `SELECT session_id, ${ANSWER_COLUMNS} FROM item_responses WHERE session_id = ANY($1) ORDER BY session_id, stored_at, item_id`,
        [current.map((s) => s.id)],
      )
    : [];
  const answersOf = new Map<string, RawAnswer[]>();
  for (const r of answerRows) {
    const list = answersOf.get(r.session_id) ?? [];
    list.push(toRawAnswer(r));
    answersOf.set(r.session_id, list);
  }

  // ── Exposure: how often each item or statement is shown ──────────────
  const uses = new Map<string, number>();
  for (const answers of answersOf.values())
    for (const id of new Set(answers.flatMap((a) => blockStatementIds(a.itemId) ?? [a.itemId])))
      uses.set(id, (uses.get(id) ?? 0) + 1);
  const bankIds = new Set([...itemBank.map((i) => i.id), ...statementBank.map((s) => s.id)]);
  const used = [...uses.keys()].filter((id) => bankIds.has(id));
  const maxUses = Math.max(0, ...used.map((id) => uses.get(id)!));

  // ── Each test once: θ per skill, and its answers as right/wrong observations on measured skills ──
  const scoredOf = new Map<string, { theta: Map<string, number>; observations: DifObservation[] }>();
  for (const session of current) {
    const raw = answersOf.get(session.id);
    if (!raw) continue;
    const theta = new Map(session.payload.scores.map((x) => [x.skillId, x.theta]));
    // Only what rests on measured skills: an unmeasured skill has no θ to match on or predict from.
    const observations = administration
      .observations(Number(session.seed), raw, gameOptions(session))
      .filter((o) => o.weights.every(([id]) => theta.has(id)));
    scoredOf.set(session.id, { theta, observations });
  }

  // ── Item fit: does each item behave as the model says, at each person's θ̂? ──
  const fitObservations: FitObservation[] = [...scoredOf.values()].flatMap(({ theta, observations }) =>
    observations.map((o) => ({ key: o.key, outcome: o.outcome, expected: o.expected(theta) })),
  );
  const fits = itemFit(fitObservations, { minN: minGroup });

  // ── Person fit: as each person was told when their skillprint was made (poorFit) ──
  const misfits = sessions.filter((s) => s.payload.poorFit).length;

  // ── Research participants and their groups ──────────────────────────
  const research = await db.query<ResearchRow>(
    `SELECT r.* FROM research_profiles r JOIN people p ON p.id = r.person_id WHERE p.partner_id = $1`,
    [partnerId],
  );
  const groupsOf = new Map(research.map((r) => [r.person_id, r]));

  // ── DIF: the participants' observations, matched on their ability ────
  const study: StudyPerson[] = [];
  for (const session of current) {
    const scored = scoredOf.get(session.id);
    if (!groupsOf.has(session.person_id) || !scored) continue;
    const { theta, observations } = scored;
    study.push({
      group: 'reference',
      session,
      raw: answersOf.get(session.id)!,
      theta,
      observations: new Map(observations.map((o) => [o.key, o])),
      answers: new Map(observations.map((o) => [o.key, o.outcome])),
    });
  }
  const rescored = new Map<string, Map<string, number>>();
  /** θ per skill without the answers to `excluded` units (purification), cached per person and set. */
  const thetaWithout = (p: StudyPerson, excluded: ReadonlySet<string>): ReadonlyMap<string, number> => {
    const key = `${p.session.id}:${[...excluded].sort().join(',')}`;
    let theta = rescored.get(key);
    if (!theta) {
      const { estimates } = administration.result(
        Number(p.session.seed),
        p.raw.filter((a) => !excluded.has(a.itemId)),
        gameOptions(p.session),
      );
      theta = new Map(estimates.map((e) => [e.skillId, e.theta]));
      rescored.set(key, theta);
    }
    return theta;
  };

  /** Mantel–Haenszel DIF of each group large enough against the largest one. */
  const difBetween = (
    characteristic: MeasurementQuality['dif'][number]['characteristic'],
    inStudy: ReadonlyMap<string, StudyPerson[]>,
  ): MeasurementQuality['dif'] => {
    const large = [...inStudy.keys()].filter((g) => inStudy.get(g)!.length >= minGroup);
    if (large.length < 2) return [];
    const reference = large.reduce((a, b) => (inStudy.get(b)!.length > inStudy.get(a)!.length ? b : a));
    return large
      .filter((g) => g !== reference)
      .map((focal) => {
        const people = [
          ...inStudy.get(reference)!.map((p) => ({ ...p, group: 'reference' as const })),
          ...inStudy.get(focal)!.map((p) => ({ ...p, group: 'focal' as const })),
        ];
        const result = difStudy(people, {
          bins: 5,
          minPerGroup: minGroup,
          matching: (p, key, excludedKeys) => {
            const studied = p.observations.get(key)!;
            // Stage two: the answers to flagged items (other than this one) leave the person's θ.
            const excluded = new Set(
              [...excludedKeys]
                .map((k) => p.observations.get(k)?.unitId)
                .filter((u): u is string => !!u && u !== studied.unitId),
            );
            return matchingScore(studied, excluded.size ? thetaWithout(p, excluded) : p.theta);
          },
        });
        return {
          characteristic,
          reference,
          focal,
          studied: result.items.length,
          tooFew: result.tooFew.length,
          flagged: result.items
            .filter((i) => i.grade !== 'A')
            .map((i) => ({
              key: i.itemId,
              text: describe(i.itemId),
              grade: i.grade as 'B' | 'C',
              delta: round(i.delta, 2),
              p: round(i.p, 4),
              favours: i.favours!,
              reference: i.reference,
              focal: i.focal,
            })),
        };
      });
  };

  const dif: MeasurementQuality['dif'] = [];
  const impact: MeasurementQuality['impact'] = [];
  const funnel = await funnelOf(db, partnerId, sessions);
  for (const characteristic of researchCharacteristics) {
    const column = COLUMN[characteristic.id];
    const sizes = new Map<string, number>();
    for (const r of research) {
      const g = r[column];
      if (g) sizes.set(g, (sizes.get(g) ?? 0) + 1);
    }
    // Adverse impact: every group that answered, judged when large enough.
    const counted = research.filter((r) => r[column] && funnel.has(r.person_id));
    if (sizes.size >= 2)
      for (const step of ['level-3', 'top-20', 'requested', 'accepted'] as const) {
        const rows = characteristic.options
          .filter((o) => sizes.has(o.id))
          .map((o) => {
            const members = counted.filter((r) => r[column] === o.id);
            return {
              group: o.id,
              n: members.length,
              selected: members.filter((r) => funnel.get(r.person_id)![step]).length,
            };
          });
        impact.push({
          characteristic: characteristic.id,
          step,
          groups: adverseImpact(rows, { minGroup }).map((g) =>
            g.verdict === 'too-few'
              ? { group: g.group, verdict: g.verdict }
              : {
                  ...g,
                  rate: round(g.rate),
                  ...(g.ratio !== undefined && { ratio: round(g.ratio) }),
                  ...(g.p !== undefined && { p: round(g.p, 4) }),
                },
          ),
        });
      }
    // DIF: each group large enough against the largest.
    const inStudy = new Map<string, StudyPerson[]>();
    for (const p of study) {
      const g = groupsOf.get(p.session.person_id)![column];
      if (g) inStudy.set(g, [...(inStudy.get(g) ?? []), p]);
    }
    dif.push(...difBetween(characteristic.id, inStudy));
  }

  // Measurement invariance (#25): the same items by the language the test was shown in, among the
  // same participants — until it is shown that items work alike in every language, the skillprint
  // says which language it was measured in.
  const langOf = await mainLanguages(
    db,
    study.map((p) => p.session.id),
  );
  const byLanguage = new Map<string, StudyPerson[]>();
  for (const p of study) {
    const lang = langOf.get(p.session.id);
    if (lang) byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), p]);
  }
  dif.push(...difBetween('testLanguage', byLanguage));

  return {
    generatedAt: new Date().toISOString(),
    bankVersion: bank.version,
    provisional: isProvisional(bank.version),
    minGroup,
    skills: skillQuality,
    exposure: {
      sessions: answersOf.size,
      used: used.length,
      bank: bankIds.size,
      maxShare: answersOf.size ? round(maxUses / answersOf.size) : null,
    },
    itemFit: {
      studied: fits.length,
      flagged: fits
        .filter((f) => f.p < 0.01)
        .map((f) => ({ key: f.key, text: describe(f.key), n: f.n, q1: round(f.q1, 2), p: round(f.p, 4) })),
    },
    personFit: { sessions: sessions.length, flagged: misfits },
    research: { participants: research.length },
    dif,
    impact,
  };
}

type FunnelFlags = Record<'level-3' | 'top-20' | 'requested' | 'accepted', boolean>;

/**
 * Where each job seeker with a skillprint got in the funnel: a median level of 3 or more; shown
 * in an employer's top 20 (audit log); a connection request; an accepted one.
 */
/** The language each session's items were mostly shown in (older answers: the session's). */
async function mainLanguages(db: Queryable, sessionIds: readonly string[]): Promise<Map<string, string>> {
  if (!sessionIds.length) return new Map();
  const rows = await db.query<{ session_id: string; lang: string }>(
    `SELECT DISTINCT ON (r.session_id) r.session_id, COALESCE(r.lang, s.lang) AS lang
       FROM item_responses r JOIN assessment_sessions s ON s.id = r.session_id
      WHERE r.session_id = ANY($1)
      GROUP BY r.session_id, COALESCE(r.lang, s.lang)
      ORDER BY r.session_id, count(*) DESC`,
    [sessionIds],
  );
  return new Map(rows.map((r) => [r.session_id, r.lang]));
}

async function funnelOf(
  db: Queryable,
  partnerId: string,
  sessions: readonly SessionRow[],
): Promise<Map<string, FunnelFlags>> {
  const shown = new Set(
    (
      await db.query<{ candidate_id: string }>(
        'SELECT DISTINCT candidate_id FROM audit_log WHERE partner_id = $1 AND rank <= 20',
        [partnerId],
      )
    ).map((r) => r.candidate_id),
  );
  const requests = await db.query<{ candidate_id: string; accepted: boolean }>(
    `SELECT c.candidate_id, bool_or(c.status = 'accepted') AS accepted FROM connections c
       JOIN people p ON p.id = c.candidate_id WHERE p.partner_id = $1 GROUP BY c.candidate_id`,
    [partnerId],
  );
  const requested = new Map(requests.map((r) => [r.candidate_id, r.accepted]));
  const funnel = new Map<string, FunnelFlags>();
  for (const s of sessions) {
    const levels = s.payload.scores.map((x) => x.level).sort((a, b) => a - b);
    const median = levels.length ? levels[Math.floor((levels.length - 1) / 2)]! : 0;
    funnel.set(s.person_id, {
      'level-3': median >= 3,
      'top-20': shown.has(s.person_id),
      requested: requested.has(s.person_id),
      accepted: requested.get(s.person_id) === true,
    });
  }
  return funnel;
}
