import { define } from '../base/define.js';
import { PfwProvider } from '../provider/provider.js';

define('pfw-provider', PfwProvider);

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
