import { define } from '../base/define.js';
import { PfwCoachDesk } from '../coach-desk/coach-desk.js';

define('pfw-coach-desk', PfwCoachDesk);

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
