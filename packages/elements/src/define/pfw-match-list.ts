import { define } from '../base/define.js';
import { PfwMatchList } from '../match-list/match-list.js';

define('pfw-match-list', PfwMatchList);
