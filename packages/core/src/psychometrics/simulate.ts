/**
 * Answering a unit of the adaptive test by the model, for simulations (benchmarks, tests and
 * scripted personas): a scene or game block by the graded response model, a forced-choice
 * block by the Thurstonian model. A simulation should answer with parameters *different* from
 * the ones the engine scores with (see bench/psychometrics.ts), or its figures flatter.
 */
import type { Unit } from './adaptive.js';
import { blockParams } from './blocks.js';
import { sampleCategory } from './models.js';
import { samplePick } from './thurstonian.js';

/** A category for the unit: 0-K for an item, 0 (first statement) or 1 (second) for a block. */
export function sampleAnswer(unit: Unit, thetaOf: (skillId: string) => number, uniform: number): number {
  if (unit.kind === 'item') return sampleCategory(unit.item, thetaOf(unit.item.skillId), uniform);
  const { first, second } = unit.block;
  return samplePick(blockParams(first, second), thetaOf(first.skillId), thetaOf(second.skillId), uniform) ? 0 : 1;
}
