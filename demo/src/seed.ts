/**
 * Sample data for the demo, made through the real API with the typed client — the same code runs
 * in `npm start` (against the server) and in the browser (against the offline mock). Employers
 * publish job profiles from core's occupation templates; simulated job seekers finish an
 * assessment (answers drawn from the IRT model at a true ability per skill), get a signed
 * skillprint, most join the talent pool, and employers ask the best of them to connect.
 *
 * Nothing here is real: names, companies and answers are made up.
 */
import { ApiError, createClient, routes, type Client, type Identity, type JobProfile } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { Random } from '@pfw/core/psychometrics';
import { RESEARCH_CONSENT_VERSION, ageBands, educationLevels, genders } from '@pfw/core/research-groups';
import { findOccupation } from '@pfw/core/skills';
import { cultureItems, type CultureDimension } from '@pfw/core/culture';

/** The staffing agency the HR page logs in as (it gets the most accepted connections). */
export const HR_AGENCY = { subject: 'werkgever-uitzendbureau-de-kempen', name: 'Uitzendbureau De Kempen' } as const;
/** The municipality's programme manager the admin page logs in as. */
/** The demo's job coach (coach.html), and how many sample job seekers gave them access. */
export const DEMO_COACH = { subject: 'trajectcoach-fatima', name: 'Fatima, trajectcoach Werkplein' } as const;
const COACHED = 8;
/** The small installer of the culture scan page (culture.html): a scan done last spring, and one done now. */
export const ZONNIG = { subject: 'werkgever-installatiebedrijf-zonnig', name: 'Installatiebedrijf Zonnig' } as const;
export const PROGRAMME_ADMIN = { subject: 'gemeente-eindhoven-beheer', name: 'Gemeente Eindhoven' } as const;
/** The consent text version the sample job seekers agreed to (the one the API knows). */
export const SAMPLE_CONSENT_VERSION = '2026-11';

interface EmployerPlan {
  subject: string;
  name: string;
  /** Occupation template ids, one job profile each. */
  jobs: string[];
}

const EMPLOYERS: EmployerPlan[] = [
  {
    subject: HR_AGENCY.subject,
    name: HR_AGENCY.name,
    jobs: ['magazijnmedewerker', 'schoonmaker', 'bouwplaatsmedewerker', 'heftruckchauffeur', 'zorghulp'],
  },
  // The employer of employer.html (also offline, where three employers are made): its vacancy and
  // candidates are there once the sample data is.
  { subject: 'werkgever-van-dijk', name: 'Bouwbedrijf Van Dijk', jobs: ['bouwplaatsmedewerker'] },
  {
    subject: 'werkgever-bouwbedrijf-van-der-heijden',
    name: 'Bouwbedrijf Van der Heijden',
    jobs: ['metselaar', 'timmerman', 'stratenmaker', 'dakdekker'],
  },
  {
    subject: 'werkgever-zorggroep-de-linde',
    name: 'Zorggroep De Linde',
    jobs: ['verzorgende-ig', 'helpende-zorg-en-welzijn', 'begeleider-gehandicaptenzorg'],
  },
  {
    subject: 'werkgever-installatietechniek-jansen',
    name: 'Installatietechniek Jansen',
    jobs: ['zonnepanelenmonteur', 'elektromonteur', 'servicemonteur-warmtepompen'],
  },
  {
    subject: 'werkgever-bakker-logistiek',
    name: 'Bakker Logistiek',
    jobs: ['vrachtwagenchauffeur', 'pakketbezorger', 'magazijnmedewerker'],
  },
  {
    subject: 'werkgever-hotel-de-zwaan',
    name: 'Hotel De Zwaan',
    jobs: ['keukenhulp', 'medewerker-bediening', 'receptionist-hotel'],
  },
  {
    subject: 'werkgever-hoveniersbedrijf-groenrijk',
    name: 'Hoveniersbedrijf Groenrijk',
    jobs: ['hovenier', 'schilder'],
  },
  { subject: 'werkgever-autobedrijf-verhoeven', name: 'Autobedrijf Verhoeven', jobs: ['automonteur', 'lasser'] },
];

const REGIONS = ['Eindhoven', 'Helmond', 'Veldhoven', 'Best', 'Geldrop-Mierlo', 'Nuenen', 'Son en Breugel', 'Waalre'];
const HOURS = [
  { min: 32, max: 40 },
  { min: 24, max: 32 },
  { min: 16, max: 24 },
  { min: 36, max: 40 },
  { min: 20, max: 38 },
];
const AVAILABILITY = ['now', 'now', 'within-month', 'within-month', 'within-three-months', 'not-now'] as const;
const FIRST = [
  'Sanne',
  'Mohamed',
  'Lotte',
  'Daan',
  'Fatima',
  'Jeroen',
  'Ayşe',
  'Kevin',
  'Iris',
  'Bram',
  'Noura',
  'Tim',
  'Priya',
  'Joost',
  'Esra',
  'Ruben',
  'Mila',
  'Yusuf',
  'Anouk',
  'Piotr',
];
const LAST = [
  'de Vries',
  'Bakker',
  'El Amrani',
  'Jansen',
  'Yilmaz',
  'van Dijk',
  'Smits',
  'Kowalski',
  'van den Berg',
  'Peters',
  'Aydın',
  'Hendriks',
  'Verhoeven',
  'Dekker',
  'Mertens',
];

export interface SeedOptions {
  /** Where the API answers: '' for the page's own origin, or the server's address. */
  baseUrl: string;
  /** The partner's secret key: it mints the sample users' tokens, as a partner's backend does. */
  secretKey: string;
  /** e.g. the mock's app.fetch, to skip the network. Retries on 429 are added. */
  fetch?: typeof fetch;
  employers?: number;
  jobs?: number;
  candidates?: number;
  /** Job seekers simulated at once. */
  concurrency?: number;
  seed?: number;
  onProgress?: (message: string) => void;
}

/** Per sample user: how many days ago they started, for the demo-only backdating step. */
export interface SeedTimeline {
  candidates: { subject: string; daysAgo: number }[];
  employers: { subject: string; daysAgo: number }[];
}

export interface SeedResult {
  counts: {
    employers: number;
    jobProfiles: number;
    candidates: number;
    skillprints: number;
    talentPool: number;
    connections: number;
    accepted: number;
  };
  timeline: SeedTimeline;
  ms: number;
}

/** A fetch that waits and tries again when the API says "too many requests". */
/** How many sample job seekers say they hold each hard requirement (a rough guess, not data). */
const HELD_SHARES: [string, number][] = [
  ['rijbewijs-b', 0.55],
  ['lang-staan', 0.6],
  ['zwaar-tillen', 0.45],
  ['vca-basis', 0.25],
  ['heftruck', 0.12],
  ['ehbo', 0.12],
  ['bhv', 0.08],
  ['haccp', 0.1],
  ['werken-op-hoogte', 0.2],
  ['rijbewijs-c', 0.04],
  ['code-95', 0.03],
];

function patient(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const response = await inner(input, init);
      if (response.status !== 429 || attempt >= 20) return response;
      const wait = Number(response.headers.get('retry-after') ?? 1);
      await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 0.2) * 1000));
    }
  };
}

/** Run `work` over `items`, `limit` at a time. */
async function pool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  });
  await Promise.all(runners);
}

/** Days ago, drawn so the programme grows: few starters a year ago, more each month. */
const growthDaysAgo = (fraction: number, span = 350) => Math.round(span * (1 - Math.sqrt(fraction))) + 2;

export async function seedDemo(options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const rng = new Random(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[rng.int(list.length)]!;
  const doFetch = patient(options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args)));
  const clientFor = (token: string): Client =>
    createClient({ baseUrl: options.baseUrl, fetch: doFetch, credentials: () => ({ token }) });
  const partner = clientFor(options.secretKey);
  const tokenFor = async (role: 'candidate' | 'employer' | 'coach', subject: string, displayName?: string) =>
    (await partner.request(routes.createToken, { body: { role, subject, displayName, ttlSeconds: 3600 } })).token;
  const progress = options.onProgress ?? (() => {});

  // ── Employers and their job profiles ──────────────────────────────────────
  const employerPlans = EMPLOYERS.slice(0, options.employers ?? EMPLOYERS.length);
  const jobBudget = options.jobs ?? 25;
  const employers: { plan: EmployerPlan; client: Client; jobs: JobProfile[] }[] = [];
  let jobCount = 0;
  for (const plan of employerPlans)
    employers.push({ plan, client: clientFor(await tokenFor('employer', plan.subject, plan.name)), jobs: [] });
  // Round robin over the employers until the budget is spent, so each has a few.
  for (let round = 0; jobCount < jobBudget; round++) {
    let made = 0;
    for (const employer of employers) {
      if (jobCount >= jobBudget) break;
      const occupationId = employer.plan.jobs[round % employer.plan.jobs.length]!;
      const occupation = findOccupation(occupationId);
      if (!occupation || round >= employer.plan.jobs.length * 2) continue;
      const hours = pick(HOURS);
      const region = pick(REGIONS);
      const title =
        round >= employer.plan.jobs.length
          ? `${occupation.title.nl} (${hours.max <= 24 ? 'parttime' : 'fulltime'}, ${region})`
          : occupation.title.nl;
      const draft = await employer.client.request(routes.createJobProfile, {
        body: {
          title,
          occupationId,
          requirements: occupation.requirements,
          interests: occupation.interests,
          environment: occupation.environment,
          ...(occupation.hardRequirements ? { hardRequirements: occupation.hardRequirements } : {}),
          region,
          hours,
          description: `${occupation.description.nl} Bij ${employer.plan.name} in ${region}.`,
        },
      });
      employer.jobs.push(await employer.client.request(routes.publishJobProfile, { params: { id: draft.id } }));
      jobCount++;
      made++;
    }
    if (!made) break;
  }
  progress(`${employers.length} werkgevers, ${jobCount} vacatures`);

  // ── Job seekers: assessment, skillprint, talent pool ──────────────────────
  const total = options.candidates ?? 300;
  // Every first name with every last name, shuffled by a generator of their own: no two sample
  // people share a name (up to 375 of them; a number after it beyond that).
  const names = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
  const shuffle = new Random((options.seed ?? 2026) + 1);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle.uniform() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  const people = Array.from({ length: total }, (_, i) => ({
    subject: `demo-werkzoekende-${String(i + 1).padStart(4, '0')}`,
    // Sample people play the real test through the API, each with their own way of answering.
    offset: Math.floor(rng.uniform() * 1000),
    joins: rng.uniform() < 0.8,
    region: pick(REGIONS),
    hours: pick(HOURS),
    availability: pick(AVAILABILITY),
    name: i < names.length ? names[i]! : `${names[i % names.length]!} ${Math.floor(i / names.length) + 1}`,
    // What they say they have: a driving licence often, a safety certificate now and then.
    holds: HELD_SHARES.filter(([, share]) => rng.uniform() < share).map(([id]) => ({ id })),
    // Half take part in the fairness research, some questions left open (as people do).
    research:
      rng.uniform() < 0.5
        ? {
            consentTextVersion: RESEARCH_CONSENT_VERSION,
            ageBand: pick(ageBands),
            ...(rng.uniform() < 0.9 && { gender: pick(genders.slice(0, 2)) }),
            ...(rng.uniform() < 0.7 && { educationLevel: pick(educationLevels) }),
          }
        : undefined,
  }));
  const candidates = new Map<string, { client: Client; identity: Identity }>();
  let skillprints = 0;
  let talentPool = 0;
  await pool(people, options.concurrency ?? 6, async (p, n) => {
    const me = clientFor(await tokenFor('candidate', p.subject));
    await playAssessment(me, plainPlayer(p.offset));
    skillprints++;
    if (p.holds.length) await me.request(routes.putMyHardRequirements, { body: { items: p.holds } });
    if (p.research) await me.request(routes.putMyResearchProfile, { body: p.research });
    if (p.joins) {
      const entry = await me.request(routes.putTalentPool, {
        body: {
          availability: p.availability,
          region: p.region,
          hours: p.hours,
          consentTextVersion: SAMPLE_CONSENT_VERSION,
        },
      });
      const email = `${p.name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z ]/g, '')
        .replace(/ +/g, '.')}@voorbeeld.nl`;
      candidates.set(entry.candidate, {
        client: me,
        identity: { name: p.name, email, phone: `06-${String(10_000_000 + n * 7919).slice(0, 8)}` },
      });
      talentPool++;
    }
    if ((n + 1) % 50 === 0) progress(`${n + 1} van ${total} werkzoekenden`);
  });

  // ── Connections: employers ask their best matches; most say yes ───────────
  let connections = 0;
  let accepted = 0;
  for (const [e, employer] of employers.entries()) {
    const asked = new Set<string>();
    const isAgency = employer.plan.subject === HR_AGENCY.subject;
    for (const job of employer.jobs.slice(0, isAgency ? employer.jobs.length : 2)) {
      const ranked = await employer.client.request(routes.listCandidates, {
        params: { id: job.id },
        query: { limit: 10 },
      });
      for (const [r, match] of ranked.items.slice(0, isAgency ? 6 : 3).entries()) {
        // One request per candidate per employer: the best person is asked about one job.
        if (!match.candidate || match.connection || asked.has(match.candidate)) continue;
        asked.add(match.candidate);
        const them = candidates.get(match.candidate);
        if (!them) continue;
        let connection;
        try {
          connection = await employer.client.request(routes.requestConnection, {
            body: {
              jobProfileId: job.id,
              candidate: match.candidate,
              message: `Hallo! Wij zoeken een ${job.title.toLowerCase()}. Uw skillprint past goed. Zullen we kennismaken?`,
            },
          });
        } catch (error) {
          if (error instanceof ApiError && error.problem.status === 409) continue;
          throw error;
        }
        connections++;
        // Most accept; some decline; the last of a few stay open.
        const roll = (e * 7 + r * 3) % 10;
        if (isAgency ? roll < 8 : roll < 6) {
          await them.client.request(routes.answerConnection, {
            params: { id: connection.id },
            body: { accept: true, identity: them.identity },
          });
          accepted++;
        } else if (roll < 8) {
          await them.client.request(routes.answerConnection, {
            params: { id: connection.id },
            body: { accept: false },
          });
        }
      }
    }
  }
  progress(`${connections} verzoeken, ${accepted} geaccepteerd`);

  // ── A job coach: a few job seekers choose a goal and give the coach access ──
  const coach = clientFor(await tokenFor('coach', DEMO_COACH.subject, DEMO_COACH.name));
  for (const [i, p] of people.slice(0, Math.min(COACHED, total)).entries()) {
    const me = clientFor(await tokenFor('candidate', p.subject));
    const careers = await me.request(routes.listMyCareers, { query: { limit: 20 } });
    const goal = careers.items.find((c) => c.gaps.length) ?? careers.items[0];
    if (goal && i % 4 !== 3) {
      const path = await me.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: goal.occupationId } });
      const first = path.steps[0];
      // Half of them are under way; the others chose a goal and went quiet.
      if (first && i % 2 === 0)
        await me.request(routes.updateMyLearningStep, {
          params: { skillId: first.skillId },
          body: { status: 'started', ...(first.offers[0] ? { offerId: first.offers[0].id } : {}) },
        });
    }
    const { code } = await coach.request(routes.createCoachInvite);
    await me.request(routes.grantCoach, { body: { code, called: p.name.split(' ')[0]! } });
  }
  const caseload = (await coach.request(routes.listCaseload)).items;
  for (const [i, entry] of caseload.entries()) {
    if (i % 3 !== 0) continue;
    const due = new Date(Date.now() + (i - 2) * 86_400_000 * 3).toISOString().slice(0, 10);
    await coach.request(routes.setNextAction, {
      params: { personId: entry.personId },
      body: { text: i === 0 ? 'Bellen: hoe gaat de cursus?' : 'Gesprek over het leerplan', due },
    });
    await coach.request(routes.addCoachNote, {
      params: { personId: entry.personId },
      body: { text: 'Kennismaking gehad. We kozen samen een doel en spraken af wanneer we weer bellen.' },
    });
  }
  progress(`${caseload.length} deelnemers bij de jobcoach`);

  const zonnig = clientFor(await tokenFor('employer', ZONNIG.subject, ZONNIG.name));
  await seedCultureScans(zonnig, createClient({ baseUrl: options.baseUrl, fetch: doFetch }), rng);
  // Zonnig and another installer share how they onboard a solar panel fitter; two newcomers follow it.
  const path = await zonnig.request(routes.createCommunityPath, { body: SOLAR_ONBOARDING });
  await clientFor(await tokenFor('employer', 'werkgever-dak-en-zon', 'Dak & Zon Installaties')).request(
    routes.joinCommunityPath,
    { params: { id: path.id } },
  );
  for (const p of people.slice(COACHED, COACHED + 2)) {
    const me = clientFor(await tokenFor('candidate', p.subject));
    await me.request(routes.putMyLearningPath, { body: { kind: 'community', id: path.id } });
  }
  progress(`leercultuur-scans en een gedeeld inwerkpad van ${ZONNIG.name}`);

  return {
    counts: {
      employers: employers.length,
      jobProfiles: jobCount,
      candidates: total,
      skillprints,
      talentPool,
      connections,
      accepted,
    },
    timeline: {
      candidates: people.map((p, i) => ({ subject: p.subject, daysAgo: growthDaysAgo((i + 1) / total) })),
      // Employers join one by one over the year, the first ones early.
      employers: [
        ...employers.map((e, i) => ({ subject: e.plan.subject, daysAgo: 345 - i * 38 })),
        { subject: ZONNIG.subject, daysAgo: 260 },
      ],
    },
    ms: Date.now() - started,
  };
}

/** The onboarding path Zonnig shares (the solar-panel community of the seeds). */
const SOLAR_ONBOARDING = {
  occupationId: 'zonnepanelenmonteur',
  title: 'Samen inwerken: zonnepanelen leggen',
  steps: [
    {
      skillId: 'working-safely',
      level: 4,
      offerIds: ['veilig-werken-op-hoogte', 'vca-basis'],
      note: 'Week 1: loop mee met een vaste maatje op het dak.',
    },
    {
      skillId: 'working-together',
      level: 3,
      offerIds: ['summa-eerste-monteur'],
      note: 'Elke ochtend samen de dag doornemen in de bus.',
    },
    { skillId: 'accuracy', level: 3, offerIds: [], note: 'Je maatje kijkt je eerste tien aansluitingen na.' },
    { skillId: 'keeping-agreements', level: 3, offerIds: ['pfw-afspraak-is-afspraak'] },
    {
      skillId: 'learning',
      level: 3,
      offerIds: ['summa-bbl-leren-en-werken'],
      note: 'Na een maand: gesprek over wat je wilt leren.',
    },
  ],
};

/**
 * How Zonnig's employees experience learning, per part of the scan (1-5, before keying): they
 * learn from each other, but newcomers are left to find their own way and feedback is rare.
 * The second scan is after the owner started a buddy for new colleagues.
 */
const ZONNIG_CULTURE: Record<CultureDimension, [before: number, now: number]> = {
  'learning-at-work': [3.6, 3.7],
  feedback: [2.5, 2.9],
  'learning-together': [4.0, 4.1],
  'sharing-knowledge': [3.9, 4.0],
  autonomy: [3.4, 3.5],
  'leadership-support': [2.7, 2.9],
  onboarding: [2.2, 3.3],
};

/** Zonnig's two scans: last spring's (closed) and this one, a repeat with management's answers. */
async function seedCultureScans(zonnig: Client, anyone: Client, rng: Random): Promise<void> {
  // One vacancy, so the onboarding tips link to it.
  const fitter = findOccupation('zonnepanelenmonteur')!;
  const job = await zonnig.request(routes.createJobProfile, {
    body: {
      title: fitter.title.nl,
      occupationId: fitter.id,
      requirements: fitter.requirements,
      interests: fitter.interests,
      environment: fitter.environment,
      ...(fitter.hardRequirements ? { hardRequirements: fitter.hardRequirements } : {}),
      region: 'Eindhoven',
      hours: { min: 32, max: 40 },
      description: `${fitter.description.nl} Bij ${ZONNIG.name}: een klein team dat veel samen doet.`,
    },
  });
  await zonnig.request(routes.publishJobProfile, { params: { id: job.id } });
  const answers = (round: 0 | 1, shift = 0) => ({
    answers: cultureItems.map((item) => {
      const level = ZONNIG_CULTURE[item.dimension][round] + shift + (rng.uniform() - 0.5) * 1.6;
      const answer = Math.min(5, Math.max(1, Math.round(level)));
      return { itemId: item.id, answer: item.positive ? answer : 6 - answer };
    }),
  });
  const earlier = await zonnig.request(routes.createCultureScan, {
    body: { title: ZONNIG.name, sector: 'technology' },
  });
  for (let n = 0; n < 9; n++)
    await anyone.request(routes.postCultureAnswers, {
      params: { token: earlier.shareToken },
      body: answers(0, (rng.uniform() - 0.5) * 1.2),
    });
  await zonnig.request(routes.closeCultureScan, { params: { id: earlier.id } });
  const now = await zonnig.request(routes.createCultureScan, {
    body: { title: ZONNIG.name, sector: 'technology', repeatOf: earlier.id },
  });
  for (let n = 0; n < 11; n++)
    await anyone.request(routes.postCultureAnswers, {
      params: { token: now.shareToken },
      body: answers(1, (rng.uniform() - 0.5) * 1.2),
    });
  // The owner means well: higher than the employees on nearly everything.
  await zonnig.request(routes.putCultureManagementAnswers, { params: { id: now.id }, body: answers(1, 0.9) });
}

/** What backdating needs of the API's database: one query function. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
}

/**
 * DEMO ONLY — not an API feature. The API stamps everything with the time it happens and (rightly)
 * has no way to backdate, so freshly seeded data would all sit in this month and the admin chart
 * would show one spike instead of a programme that grew over a year. This step moves the sample
 * users' dates back along `timeline`, straight in the API's own database. It touches only the
 * seeded people (by subject). Signed skillprints keep their signed issuedAt; only the stored
 * issue date that the statistics count from moves.
 */
export async function backdateSampleData(db: SqlRunner, timeline: SeedTimeline): Promise<void> {
  const rows = [...timeline.candidates, ...timeline.employers];
  const subjects = rows.map((r) => r.subject);
  const days = rows.map((r) => r.daysAgo);
  await db.query(
    `UPDATE people p SET created_at = now() - make_interval(days => d.days), last_seen_at = now() - make_interval(days => greatest(d.days - 3, 0))
       FROM unnest($1::text[], $2::int[]) AS d(subject, days) WHERE p.subject = d.subject`,
    [subjects, days],
  );
  const seeded = 'SELECT id FROM people WHERE subject = ANY($1)';
  await db.query(
    `UPDATE assessment_sessions s SET started_at = p.created_at + interval '1 hour' FROM people p WHERE s.person_id = p.id AND p.id IN (${seeded})`,
    [subjects],
  );
  await db.query(
    `UPDATE skillprints s SET issued_at = p.created_at + interval '2 hours' FROM people p WHERE s.person_id = p.id AND p.id IN (${seeded})`,
    [subjects],
  );
  await db.query(
    `UPDATE talent_pool t SET consent_given_at = p.created_at + interval '1 day', updated_at = p.created_at + interval '1 day' FROM people p WHERE t.person_id = p.id AND p.id IN (${seeded})`,
    [subjects],
  );
  await db.query(
    `UPDATE job_profiles j SET created_at = p.created_at + interval '3 days', updated_at = p.created_at + interval '3 days' FROM people p WHERE j.employer_id = p.id AND p.id IN (${seeded})`,
    [subjects],
  );
  await db.query(
    // A request moved back in time keeps its lifetime: one from April lapsed long ago (the HR page
    // showed it "waiting" eight months on).
    `WITH moved AS (
       SELECT c.id, least(greatest(cand.created_at, emp.created_at) + interval '4 days', now() - interval '2 days') AS at
         FROM connections c JOIN people cand ON cand.id = c.candidate_id JOIN people emp ON emp.id = c.employer_id
        WHERE cand.id IN (${seeded}))
     UPDATE connections c SET created_at = moved.at, expires_at = moved.at + (c.expires_at - c.created_at)
       FROM moved WHERE moved.id = c.id`,
    [subjects],
  );
  await db.query(
    `UPDATE connections SET responded_at = least(created_at + interval '2 days', now()) WHERE responded_at IS NOT NULL AND candidate_id IN (${seeded})`,
    [subjects],
  );
  // Goals were chosen and coaches let in when the person was last seen (a step started stays today).
  await db.query(
    `UPDATE learning_paths lp SET created_at = p.last_seen_at FROM people p WHERE lp.person_id = p.id AND p.id IN (${seeded})`,
    [subjects],
  );
  // Zonnig's first scan was last spring.
  await db.query(
    `UPDATE culture_scans SET created_at = now() - interval '240 days', closed_at = now() - interval '225 days'
       WHERE closed_at IS NOT NULL AND employer_id IN (${seeded})`,
    [subjects],
  );
  await db.query(
    `UPDATE coach_access a SET granted_at = p.last_seen_at FROM people p WHERE a.person_id = p.id AND p.id IN (${seeded})`,
    [subjects],
  );
}
