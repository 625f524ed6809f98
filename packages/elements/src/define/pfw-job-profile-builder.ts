import { define } from '../base/define.js';
import { PfwJobProfileBuilder } from '../job-profile-builder/job-profile-builder.js';

define('pfw-job-profile-builder', PfwJobProfileBuilder);
// The builder renders a <pfw-occupation-picker> in its own shadow root, so it registers it too —
// after its own first paint, as a lazy chunk, to keep this entry within its size budget. Lit keeps
// the properties the builder set on the picker before it was defined.
void import('./pfw-occupation-picker.js');

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
