import { define } from '../base/define.js';
import { PfwAssessment } from '../assessment/assessment.js';

define('pfw-assessment', PfwAssessment);
