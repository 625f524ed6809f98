/**
 * The statement bank for forced-choice blocks ("Wat past beter bij jou?"): ten statements per soft
 * skill, five keyed for it and five against it, each labelled by how desirable it sounds. A block
 * pairs two statements of different skills with the same desirability word; the Thurstonian model
 * (../../thurstonian.ts) scores the pick. Parameters are PROVISIONAL, set by the rule in ../build.ts.
 */
import type { Statement } from '../../../domain.js';
import { statements as accuracy } from './accuracy.js';
import { statements as adaptability } from './adaptability.js';
import { statements as caring } from './caring.js';
import { statements as communicating } from './communicating.js';
import { statements as customerFocus } from './customer-focus.js';
import { statements as dealingWithPressure } from './dealing-with-pressure.js';
import { statements as initiative } from './initiative.js';
import { statements as keepingAgreements } from './keeping-agreements.js';
import { statements as learning } from './learning.js';
import { statements as perseverance } from './perseverance.js';
import { statements as planning } from './planning.js';
import { statements as problemSolving } from './problem-solving.js';
import { statements as responsibility } from './responsibility.js';
import { statements as workingIndependently } from './working-independently.js';
import { statements as workingSafely } from './working-safely.js';
import { statements as workingTogether } from './working-together.js';

export const statementsBySkill: Record<string, Statement[]> = {
  'working-together': workingTogether,
  communicating,
  'customer-focus': customerFocus,
  caring,
  'working-independently': workingIndependently,
  responsibility,
  accuracy,
  'working-safely': workingSafely,
  planning,
  'problem-solving': problemSolving,
  adaptability,
  learning,
  perseverance,
  'dealing-with-pressure': dealingWithPressure,
  initiative,
  'keeping-agreements': keepingAgreements,
};

/** All statements, in the order of the skills. */
export const statementBank: Statement[] = Object.values(statementsBySkill).flat();
