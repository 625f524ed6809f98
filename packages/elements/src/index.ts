/** Classes only: importing this defines no tags. Import `@pfw/elements/define/pfw-*.js` for that. */
export { PfwElement, type PfwErrorDetail } from './base/pfw-element.js';
export { define } from './base/define.js';
export { configContext, type PfwConfig } from './base/context.js';
export { LocaleController, nearestLang, toLang } from './base/locale.js';
export { TOKENS, baseStyles, type TokenName } from './base/tokens.js';
export { TOKEN_DESCRIPTIONS } from './base/tokens.docs.js';
export { PfwProvider } from './provider/provider.js';
export { PfwOccupationPicker } from './occupation-picker/occupation-picker.js';
export { PfwSkillprint, type SkillprintVariant, type SkillprintLoadedDetail } from './skillprint/skillprint.js';
export { PfwAssessment, type AssessmentProgressDetail } from './assessment/assessment.js';
export { PfwMatchList, type MatchListMode } from './match-list/match-list.js';
export { PfwCredentialCheck, checkInputOf, type CheckInput } from './credential-check/credential-check.js';
export { PfwLearningPath } from './learning-path/learning-path.js';
export { PfwCoachDesk } from './coach-desk/coach-desk.js';
export { PfwLearningCultureScan } from './learning-culture-scan/learning-culture-scan.js';
export {
  PfwJobProfileBuilder,
  type JobProfileDraft,
  type JobProfileEventDetail,
  type DraftIssue,
} from './job-profile-builder/job-profile-builder.js';
/** The builder's "too strict" rule; its home is @pfw/core/matching. */
export { essentialsShare, STRICT_SHARE, tooStrict } from '@pfw/core/matching';
export { VERSION } from './version.js';
export type { PfwTagNameMap } from './tags.js';
