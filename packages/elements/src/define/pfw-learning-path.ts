import { define } from '../base/define.js';
import { PfwLearningPath } from '../learning-path/learning-path.js';

define('pfw-learning-path', PfwLearningPath);

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
