/** The job profile as the builder holds it while the employer edits, and what the API gets of it. */
import type { EnvironmentValue, InterestId, JobProfile, Requirement } from '@pfw/contract';
import type { HardRequirementNeed } from '@pfw/core/domain';

/** What the builder holds while the employer edits: a job profile that may not be valid yet. */
export interface JobProfileDraft {
  title: string;
  occupationId?: string;
  requirements: Requirement[];
  region: string;
  hours: { min?: number; max?: number };
  startDate?: string;
  description?: string;
  /** Certificates, licences and physical work, each required or preferred (hard-requirement-editor.ts). */
  hardRequirements?: HardRequirementNeed[];
  /** The interest areas and work environment of the occupation used (matching weighs them; the skill editor shows them). */
  interests?: InterestId[];
  environment?: EnvironmentValue[];
}

export interface JobProfileEventDetail {
  jobProfile: JobProfile;
}

export const emptyDraft = (): JobProfileDraft => ({
  title: '',
  requirements: [],
  region: '',
  hours: {},
});

/** What the API gets: empty optional fields left out. */
export function toInput(draft: JobProfileDraft): unknown {
  const { startDate, description, occupationId, hardRequirements, ...rest } = draft;
  return {
    ...rest,
    ...(occupationId ? { occupationId } : {}),
    ...(startDate ? { startDate } : {}),
    ...(description ? { description } : {}),
    ...(hardRequirements?.length ? { hardRequirements } : {}),
  };
}
