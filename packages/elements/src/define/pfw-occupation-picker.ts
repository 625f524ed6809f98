import { define } from '../base/define.js';
import { PfwOccupationPicker } from '../occupation-picker/occupation-picker.js';

define('pfw-occupation-picker', PfwOccupationPicker);
