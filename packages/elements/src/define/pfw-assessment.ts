import { define } from '../base/define.js';
import { PfwAssessment } from '../assessment/assessment.js';

define('pfw-assessment', PfwAssessment);

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
