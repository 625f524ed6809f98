import { define } from '../base/define.js';
import { PfwMatchList } from '../match-list/match-list.js';

define('pfw-match-list', PfwMatchList);

/** The package's tag map (types only), so importing this file types document.querySelector('pfw-…'). */
export type { PfwTagNameMap } from '../tags.js';
