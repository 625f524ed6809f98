/** Which skills do what: a rule with one home, free of data so widgets can import it cheaply. */
import type { Skill } from '../domain.js';

/**
 * Skills the assessment measures (soft skills). Only these rank people: they are the columns of
 * the ranking indexes and the skills of a skillprint.
 */
export const isMeasuredSkill = (skill: Pick<Skill, 'kind'>): boolean => skill.kind === 'soft';
/** Skills an employer can require: the measured ones, and hard skills (shown by a certificate). */
export const isRequirableSkill = (skill: Pick<Skill, 'kind'>): boolean =>
  skill.kind === 'soft' || skill.kind === 'hard';
