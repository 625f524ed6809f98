/**
 * Hard requirements (certificates, licences, physical conditions) next to what a person holds.
 * They are shown apart from the score and never change it: a paper can be earned in days, and
 * the score says how a person fits the work itself. An employer can filter on them instead.
 */
import type { HardRequirementFit, HardRequirementNeed, HeldSource } from '../domain.js';

/** Each need of the job, required ones first, with how the person holds it (null: not held). */
export function hardRequirementFits(
  needs: readonly HardRequirementNeed[] | undefined,
  held: ReadonlyMap<string, HeldSource>,
): HardRequirementFit[] {
  if (!needs?.length) return [];
  return [...needs]
    .sort((a, b) => Number(b.required) - Number(a.required))
    .map((need) => ({ id: need.id, required: need.required, held: held.get(need.id) ?? null }));
}

/** True when the person holds every id named (the employer's filter). */
export const holdsAll = (held: readonly string[], wanted: readonly string[]): boolean =>
  wanted.every((id) => held.includes(id));
