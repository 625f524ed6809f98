import { define } from '../base/define.js';
import { PfwCredentialCheck } from '../credential-check/credential-check.js';

define('pfw-credential-check', PfwCredentialCheck);

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
