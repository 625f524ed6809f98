import { define } from '../base/define.js';
import { PfwOccupationPicker } from '../occupation-picker/occupation-picker.js';

define('pfw-occupation-picker', PfwOccupationPicker);

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
