/** The micro-lessons and learning offers in the other reading languages and in A2 Dutch (#25): one catalogue each, keyed by the Dutch source. */
import type { TranslatedLang } from '../../../../domain.js';
import type { Catalogue } from '../../../../text.js';
import a2 from './a2.js';
import ar from './ar.js';
import pl from './pl.js';
import tr from './tr.js';
import uk from './uk.js';

export const LEARNING_CATALOGUES: Readonly<Record<TranslatedLang | 'a2', Catalogue>> = { ar, tr, pl, uk, a2 };
