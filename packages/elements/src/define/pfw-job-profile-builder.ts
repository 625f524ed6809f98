import { define } from '../base/define.js';
import { PfwJobProfileBuilder } from '../job-profile-builder/job-profile-builder.js';
import { PfwOccupationPicker } from '../occupation-picker/occupation-picker.js';

// The builder renders a <pfw-occupation-picker> in its own shadow root, so it registers it too.
define('pfw-occupation-picker', PfwOccupationPicker);
define('pfw-job-profile-builder', PfwJobProfileBuilder);
