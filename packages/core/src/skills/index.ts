/** The skill language: one versioned, validated body of data with lookups. */
import type {
  HardRequirement,
  LearningOffer,
  Occupation,
  ReadingLang,
  Sector,
  Skill,
  SkillLanguage,
} from '../domain.js';
import { environment } from './data/environment.js';
import { hardRequirements } from './data/hard-requirements.js';
import { interests } from './data/interests.js';
import { learningOffers } from './data/learning-offers.js';
import { lessons } from './data/lessons.js';
import { occupations } from './data/occupations.js';
import { skills } from './data/skills.js';
import { sortByText } from '../text.js';
import { isMeasuredSkill } from './kinds.js';

export { isMeasuredSkill, isRequirableSkill } from './kinds.js';

/** Bump when ids or levels change meaning: skillprints and job profiles record it. */
export const SKILL_LANGUAGE_VERSION = '2026.11';

export const skillLanguage: SkillLanguage = {
  version: SKILL_LANGUAGE_VERSION,
  skills,
  interests,
  environment,
  occupations,
  learningOffers,
  hardRequirements,
};

export { environment, hardRequirements, interests, learningOffers, lessons, occupations, skills };
export { sortByText };

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
const skillIndex = byId(skills);
const occupationIndex = byId(occupations);
const offerIndex = byId(learningOffers);
const hardRequirementIndex = byId(hardRequirements);

export const measuredSkills: readonly Skill[] = skills.filter(isMeasuredSkill);

export const findSkill = (id: string): Skill | undefined => skillIndex.get(id);
export const findOccupation = (id: string): Occupation | undefined => occupationIndex.get(id);

/**
 * A job as matching reads it: its own fields and the sector of its occupation (advice for it
 * names the offers of that sector; a job without an occupation has none).
 */
export const withSector = <T extends { occupationId?: string }>(job: T): T & { sector?: Sector } => {
  const sector = job.occupationId ? occupationIndex.get(job.occupationId)?.sector : undefined;
  return sector ? { ...job, sector } : job;
};
export const findLearningOffer = (id: string): LearningOffer | undefined => offerIndex.get(id);
export const findHardRequirement = (id: string): HardRequirement | undefined => hardRequirementIndex.get(id);

/** The lists the API serves, sorted for a reader of `lang`. Server and mock both answer with these. */
export const listSkills = (lang: ReadingLang = 'nl') => sortByText(skills, (s) => s.label, lang);
export const listOccupations = (lang: ReadingLang = 'nl') => sortByText(occupations, (o) => o.title, lang);
export const listLearningOffers = (lang: ReadingLang = 'nl') => sortByText(learningOffers, (o) => o.title, lang);
const KIND_ORDER = ['certificate', 'licence', 'physical'];
/** Certificates first, then licences, then physical conditions; by label within each. */
export const listHardRequirements = (lang: ReadingLang = 'nl') =>
  sortByText(hardRequirements, (h) => h.label, lang).sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );

/** A skill's name in a language (its id when the skill is unknown): for texts such as the audit log's reasons. */
export const skillLabel =
  (lang: ReadingLang) =>
  (id: string): string => {
    const label = findSkill(id)?.label;
    return label ? (label[lang] ?? label.en) : id;
  };
