import { define } from '../base/define.js';
import { PfwLearningCultureScan } from '../learning-culture-scan/learning-culture-scan.js';

define('pfw-learning-culture-scan', PfwLearningCultureScan);

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
