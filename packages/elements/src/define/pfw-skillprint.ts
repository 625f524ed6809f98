import { define } from '../base/define.js';
import { PfwSkillprint } from '../skillprint/skillprint.js';

define('pfw-skillprint', PfwSkillprint);

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
