import { define } from '../base/define.js';
import { PfwSkillprint } from '../skillprint/skillprint.js';

define('pfw-skillprint', PfwSkillprint);
