/** The micro-lessons and learning offers in the other reading languages (#25): one catalogue per language, keyed by the Dutch source. */
import type { TranslatedLang } from '../../../../domain.js';
import type { Catalogue } from '../../../../text.js';
import ar from './ar.js';
import pl from './pl.js';
import tr from './tr.js';
import uk from './uk.js';

export const LEARNING_CATALOGUES: Readonly<Record<TranslatedLang, Catalogue>> = { ar, tr, pl, uk };
