/**
 * Every tag of the package and its class, in one place: TypeScript's HTMLElementTagNameMap is
 * extended from here, so `document.querySelector('pfw-skillprint')` is typed. The define/ files
 * register the public tags; the builder registers its internal ones when their lazy part loads.
 */
import type { PfwAssessment } from './assessment/assessment.js';
import type { PfwCredentialCheck } from './credential-check/credential-check.js';
import type { PfwLearningCultureScan } from './learning-culture-scan/learning-culture-scan.js';
import type { PfwLearningPath } from './learning-path/learning-path.js';
import type { PfwCoachDesk } from './coach-desk/coach-desk.js';
import type { PfwJobProfileBuilder } from './job-profile-builder/job-profile-builder.js';
import type { PfwHardRequirementEditor, PfwSkillEditor, PfwSkillTemplate } from './job-profile-builder/skill-editor.js';
import type { PfwMatchList } from './match-list/match-list.js';
import type { PfwOccupationPicker } from './occupation-picker/occupation-picker.js';
import type { PfwProvider } from './provider/provider.js';
import type { PfwSkillprint } from './skillprint/skillprint.js';

export interface PfwTagNameMap {
  'pfw-provider': PfwProvider;
  'pfw-assessment': PfwAssessment;
  'pfw-skillprint': PfwSkillprint;
  'pfw-match-list': PfwMatchList;
  'pfw-occupation-picker': PfwOccupationPicker;
  'pfw-job-profile-builder': PfwJobProfileBuilder;
  'pfw-credential-check': PfwCredentialCheck;
  'pfw-learning-path': PfwLearningPath;
  'pfw-coach-desk': PfwCoachDesk;
  'pfw-learning-culture-scan': PfwLearningCultureScan;
  /** Internal: the builder's skill editor (a lazy part). */
  'pfw-skill-editor': PfwSkillEditor;
  /** Internal: the builder's template preview (a lazy part). */
  'pfw-skill-template': PfwSkillTemplate;
  /** Internal: the builder's certificates, licences and physical work (a lazy part). */
  'pfw-hard-requirement-editor': PfwHardRequirementEditor;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the global map is extended, not redeclared
  interface HTMLElementTagNameMap extends PfwTagNameMap {}
}
