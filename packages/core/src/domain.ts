/**
 * The words of the domain as plain types: what a skill, a level, a requirement, an item, an
 * answer and a score are. Core is the floor: everything here is free of HTTP, storage and the
 * DOM. The contract's zod schemas describe the same shapes on the wire and are checked against
 * these types (packages/contract/src/domain-check.ts), so a drift fails the type-check.
 */

/** The languages every text of the product is written in: Dutch first, English second. */
export type Lang = 'nl' | 'en';

/**
 * The languages a person may read the product in (#25): Dutch and English, then Arabic (right to
 * left), Turkish, Polish and Ukrainian. Their texts are translations written for meaning at B1,
 * kept beside the Dutch and English where they exist; a widget shows a language only when it has
 * all of its texts (tests check that), and English otherwise.
 */
export type ReadingLang = Lang | 'ar' | 'tr' | 'pl' | 'uk';
/** The reading languages that are translations of the two source languages. */
export type TranslatedLang = Exclude<ReadingLang, Lang>;

/**
 * What a text can be read in: a reading language, or Eenvoudig Nederlands (`a2`: Dutch at level
 * A2, for readers who find B1 hard, MBO 1-2). A2 is a text level of Dutch, not a language: its
 * `lang` tag is `nl`, and where a text has no A2 version the B1 Dutch is read.
 */
export type TextLang = ReadingLang | 'a2';

/** A text in Dutch and English, and in the other reading languages (and A2 Dutch) where it is written. */
export type LocalizedText = Record<Lang, string> & Partial<Record<TextLang, string>>;

/** The one 1-5 level scale shared by skillprints and job profiles (see norms.ts for what a level means). */
export type Level = number;

/** Importance of a requirement: 1 nice to have, 2 important, 3 very important. */
export type Importance = number;

// ── The skill language ──────────────────────────────────────────────────────

export type SkillKind = 'soft' | 'interest' | 'environment' | 'hard';

/** The six top groups of ESCO's transversal skills hierarchy. */
export type EscoGroup = 'core' | 'thinking' | 'self-management' | 'social-communication' | 'physical-manual' | 'life';

/** Where a skill sits in ESCO and O*NET, and why. */
export interface Crosswalk {
  esco: { uri: string; label: string };
  onet: { id: string; label: string };
  reason: LocalizedText;
}

export interface Skill {
  id: string;
  kind: SkillKind;
  group: EscoGroup;
  label: LocalizedText;
  description: LocalizedText;
  strength: LocalizedText;
  /** What each level 1-5 looks like, in observable behaviour. Index 0 is level 1. */
  levels: [LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText];
  crosswalk?: Crosswalk;
}

/** One of the six RIASEC interest areas. */
export type InterestId = 'realistic' | 'investigative' | 'artistic' | 'social' | 'enterprising' | 'conventional';

export interface Interest {
  id: InterestId;
  code: 'R' | 'I' | 'A' | 'S' | 'E' | 'C';
  label: LocalizedText;
  description: LocalizedText;
}

/** A facet of the work environment between two poles, e.g. indoors and outdoors. */
export interface EnvironmentFacet {
  id: string;
  label: LocalizedText;
  low: LocalizedText;
  high: LocalizedText;
}

/** A position on a facet: -2 strongly the low pole, 0 either, +2 strongly the high pole. */
export interface EnvironmentValue {
  facetId: string;
  value: number;
}

/** A skill a job needs, at a level, with its importance; essential requirements gate a match. */
export interface Requirement {
  skillId: string;
  level: Level;
  importance: Importance;
  essential: boolean;
}

export type Sector =
  'construction' | 'technology' | 'care' | 'logistics' | 'hospitality' | 'retail' | 'cleaning' | 'green';

/** An occupation template: a real occupation with its skill requirements. */
export interface Occupation {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  isco08: string;
  escoUri?: string;
  sector: Sector;
  mboLevel: number;
  requirements: Requirement[];
  interests: InterestId[];
  environment: EnvironmentValue[];
  /** Certificates, licences and physical conditions the occupation usually asks for. */
  hardRequirements?: HardRequirementNeed[];
}

/**
 * What a job can ask for besides skills: a certificate (VCA, BHV), a licence (rijbewijs) or a
 * physical condition (lifting, working at heights). Not measured by the assessment: the job
 * seeker says they have it, or a school or trainer confirms it.
 */
export type HardRequirementKind = 'certificate' | 'licence' | 'physical';

export interface HardRequirement {
  id: string;
  kind: HardRequirementKind;
  label: LocalizedText;
  description: LocalizedText;
  /** The ESCO skill the paper shows, where ESCO has one. */
  esco?: { uri: string; label: string };
  /** ISCO-08 unit groups whose occupations commonly ask for it. */
  isco08: string[];
  /** The papers whoever holds this one also has (VCA VOL: VCA Basis; a truck licence: a car licence). */
  covers?: string[];
}

/** A job's need for a hard requirement: required (must have) or preferred (nice to have). */
export interface HardRequirementNeed {
  id: string;
  required: boolean;
}

/** How a person holds a hard requirement: said by themselves, or confirmed by an issuer. */
export type HeldSource = 'self' | 'confirmed';

/** A job's hard requirement next to what a person holds (null: not held). */
export interface HardRequirementFit {
  id: string;
  required: boolean;
  held: HeldSource | null;
}

export type ProviderKind = 'oefenen' | 'summa' | 'brabant-leert' | 'employer' | 'platform' | 'other';

/** A course or training that develops skills to a level. */
export interface LearningOffer {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  provider: { name: string; kind: ProviderKind };
  develops: { skillId: string; toLevel: Level }[];
  durationHours: number;
  costEur: number;
  format: 'online' | 'classroom' | 'on-the-job' | 'blended';
  url?: string;
  /** True for example data that is not a real, bookable course. */
  sample: boolean;
  /**
   * The sectors whose work it is for (a course about the building site, a driver's training);
   * absent for what helps in any work. Advice for a job names it only in these sectors.
   */
  sectors?: Sector[];
  /**
   * The certificates or licences of the work it is for (a Code 95 training: `code-95`): advice
   * names it only for work that asks one of them. Absent: for any work of its sectors.
   */
  forHardRequirements?: string[];
  /**
   * The certificates or licences a person holds once they finish it (the forklift course:
   * `heftruck`): a learning plan offers it for what its goal asks and the person lacks.
   */
  leadsTo?: string[];
}

/** A page of a micro-lesson: text, maybe a picture, maybe a question to think about. */
export interface LessonPage {
  text: LocalizedText;
  /** One of the test's workplace drawings (scene), or a picture (https url) with words for who cannot see it (alt). */
  picture?: { scene?: SceneSetting; url?: string; alt?: LocalizedText };
  question?: {
    prompt: LocalizedText;
    /** Each option says why it is (not) a good one; at least one is good. */
    options: { text: LocalizedText; good: boolean; feedback: LocalizedText }[];
  };
}

/** A short lesson inside the platform about one skill (#23): a small step, not proof of a level. */
export interface MicroLesson {
  id: string;
  skillId: string;
  title: LocalizedText;
  /** About how long it takes. */
  minutes: number;
  pages: LessonPage[];
}

/** The whole skill language as one document. */
export interface SkillLanguage {
  version: string;
  skills: Skill[];
  interests: Interest[];
  environment: EnvironmentFacet[];
  occupations: Occupation[];
  learningOffers: LearningOffer[];
  hardRequirements: HardRequirement[];
}

// ── Measurement ─────────────────────────────────────────────────────────────

/** How an item is shown: a situational-judgement scene or a block of game trials (self-description comes in forced-choice blocks of statements). */
export type ItemFormat = 'sjt' | 'game';

/** The mini-game mechanics. Each turns trial data into an ordered category; none looks at faces, voices or feelings. */
export type GameMechanic = 'sorting' | 'risk' | 'planning' | 'queue' | 'team';

/**
 * Where a work scene plays, by the kind of workplace its text names: a widget may draw it. One
 * word per place that looks different (a care home's room, a client's living room, a building site…).
 */
export type SceneSetting =
  | 'care-home'
  | 'home-care'
  | 'warehouse'
  | 'shop'
  | 'kitchen'
  | 'restaurant'
  | 'hotel'
  | 'construction'
  | 'customer-home'
  | 'workshop'
  | 'delivery';

/**
 * One item of the bank. Scenes (sjt) list options, each worth a category; game blocks are scored
 * from their trials. Parameters are provisional until calibrated.
 */
export interface Item {
  id: string;
  skillId: string;
  format: ItemFormat;
  model: '2pl' | 'grm';
  /** IRT discrimination a. */
  discrimination: number;
  /** Ordered thresholds b_1 < b_2 < …; one for 2PL. */
  thresholds: number[];
  /** Scenes: per category, the chance that a guess lands there (see psychometrics/models.ts). */
  guessing?: number[];
  expectedSeconds: number;
  prompt: LocalizedText;
  options?: { text: LocalizedText; category: number }[];
  game?: { mechanic: GameMechanic; trials: number; level: number };
  /** A scene's workplace (scenes only): shown as its picture, never part of the key. */
  setting?: SceneSetting;
  provisional: boolean;
}

/**
 * A statement for forced-choice blocks ("Wat past beter bij jou?"): blocks pair two statements of
 * different skills that sound about as desirable, and are scored with the Thurstonian model
 * (psychometrics/thurstonian.ts). Its parameters are provisional, set by a written rule from
 * what the author says (bank/build.ts).
 */
export interface Statement {
  id: string;
  skillId: string;
  text: LocalizedText;
  keyed: 'positive' | 'negative';
  /** λ: how strongly the statement follows its skill; negative when keyed against it. */
  loading: number;
  /**
   * How good it makes someone look, as its author judged it: blocks pair statements of the same
   * word. μ starts from it and a calibration moves μ, never the word (μ is only known up to a
   * constant within each word: its statements are only ever compared with each other).
   */
  desirability: 'low' | 'medium' | 'high';
  /** μ: how desirable it sounds to everyone, on the θ scale (0 = neither). */
  intercept: number;
  /** ψ²: what of the statement's appeal no skill explains. */
  uniqueness: number;
  expectedSeconds: number;
  provisional: boolean;
}

/**
 * One step of the assessment as the person sees it: a preference question, a forced-choice block
 * (two statements: pick one; three: the one most and the one least like you), a scene or a game
 * block. Never a category, keying or parameter (the server keeps the key).
 */
export interface Step {
  id: string;
  kind: 'interest' | 'environment' | 'choice' | 'scene' | 'game';
  prompt: LocalizedText;
  options: { text: LocalizedText; picture?: string }[];
  game?: { mechanic: GameMechanic; trials: number; level: number };
  /** A scene's drawing of its workplace (a SceneSetting); every option shares it, so it tells nothing of the key. */
  picture?: string;
  expectedSeconds: number;
}

/** One trial of a mini-game: what was asked, what was done, how fast. Never a face, voice or emotion. */
export interface GameTrial {
  stimulus: string;
  response: string | null;
  correct: boolean;
  reactionMs: number;
}

/** A raw answer: the option chosen (as shown), or the trials of a game block. */
export interface ItemResponse {
  itemId: string;
  /** Chosen option as shown (a block: the statement most like you). Absent for game blocks: their trials are scored. */
  choice?: number;
  /** A block of three statements: the one least like you (as shown). */
  least?: number;
  trials?: GameTrial[];
  durationMs: number;
  answeredAt: string;
  /** The language the item was shown in (#25), `a2` for Eenvoudig Nederlands; absent: the session's. */
  lang?: TextLang;
}

/** The score of one skill, with its standard error. */
export interface SkillScore {
  skillId: string;
  /** Estimate on the IRT scale (mean 0, SD 1 in the norm group). */
  theta: number;
  /** Standard error of theta: how sure the measurement is. */
  se: number;
  level: Level;
  percentile: number;
  itemsUsed: number;
}
