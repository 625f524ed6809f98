/** The written items (self-report cards and scenes) of the bank, per skill. Provisional parameters. */
import type { Item } from '../../../domain.js';
import { items as accuracy } from './accuracy.js';
import { items as adaptability } from './adaptability.js';
import { items as caring } from './caring.js';
import { items as communicating } from './communicating.js';
import { items as customerFocus } from './customer-focus.js';
import { items as dealingWithPressure } from './dealing-with-pressure.js';
import { items as initiative } from './initiative.js';
import { items as keepingAgreements } from './keeping-agreements.js';
import { items as learning } from './learning.js';
import { items as perseverance } from './perseverance.js';
import { items as planning } from './planning.js';
import { items as problemSolving } from './problem-solving.js';
import { items as responsibility } from './responsibility.js';
import { items as workingIndependently } from './working-independently.js';
import { items as workingSafely } from './working-safely.js';
import { items as workingTogether } from './working-together.js';

export const itemsBySkill: Record<string, Item[]> = {
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

export const writtenItems: Item[] = Object.values(itemsBySkill).flat();
