/**
 * Linking: putting a new calibration on the scale of the one before, so a θ keeps its meaning
 * from one bank version to the next (#20). A new calibration fixes its own scale (its sample is
 * N(0, 1)); the scales differ by a line per skill, θ_old = A·θ_new + B, found from anchor items
 * — items in both versions — by the Stocking–Lord method: the A and B that make the anchors'
 * expected scores (their test characteristic curve) agree best over the old scale's population.
 * Anchors that moved on their own (drift: the item changed meaning) are left out, and named.
 */
import type { Item, Statement } from '../domain.js';
import { maximise } from './calibration.js';
import { sigmoid, type IrtParams } from './models.js';

/** θ_target = A·θ_source + B. */
export interface ScaleLine {
  A: number;
  B: number;
}

export interface Link extends ScaleLine {
  /** Anchor items the line rests on. */
  anchors: string[];
  /** Anchors left out because they moved more than the drift limit. */
  dropped: string[];
}

/** An item's parameters on the target scale. */
export function rescaleItem<T extends IrtParams>(item: T, { A, B }: ScaleLine): T {
  return { ...item, discrimination: item.discrimination / A, thresholds: item.thresholds.map((b) => A * b + B) };
}

/** A statement's parameters on the target scale: μ + λθ_source = (μ − λB/A) + (λ/A)·θ_target. */
export function rescaleStatement<T extends Pick<Statement, 'loading' | 'intercept'>>(st: T, { A, B }: ScaleLine): T {
  return { ...st, loading: st.loading / A, intercept: st.intercept - (st.loading * B) / A };
}

/** The line back: from target to source. */
export const inverseLine = ({ A, B }: ScaleLine): ScaleLine => ({ A: 1 / A, B: -B / A });

/** Expected score Σ_k P(X ≥ k | θ) of a graded item. */
const expectedScore = (item: IrtParams, theta: number) =>
  item.thresholds.reduce((sum, b) => sum + sigmoid(item.discrimination * (theta - b)), 0);

/** The old scale's population, N(0, 1), on a grid: where the curves must agree. */
const GRID = Array.from({ length: 33 }, (_, i) => -4 + i * 0.25);
const WEIGHTS = (() => {
  const w = GRID.map((t) => Math.exp(-0.5 * t * t));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
})();

/** Stocking–Lord: the line that brings the new anchors' test characteristic curve onto the old one's. */
export function stockingLord(anchors: readonly { old: IrtParams; new: IrtParams }[]): ScaleLine {
  const target = GRID.map((t) => anchors.reduce((s, a) => s + expectedScore(a.old, t), 0));
  const misfit = ([logA, B]: number[]) => {
    const line = { A: Math.exp(logA!), B: B! };
    let sum = 0;
    GRID.forEach((t, q) => {
      const moved = anchors.reduce((s, a) => s + expectedScore(rescaleItem(a.new, line), t), 0);
      sum += WEIGHTS[q]! * (target[q]! - moved) ** 2;
    });
    return -sum;
  };
  const [logA, B] = maximise([0, 0], misfit, 30);
  return { A: Math.exp(logA!), B: B! };
}

/** How far an anchor moved once linked: the mean absolute change of its thresholds. */
const drift = (old: IrtParams, linked: IrtParams) =>
  old.thresholds.reduce((s, b, k) => s + Math.abs(linked.thresholds[k]! - b), 0) / old.thresholds.length;

/**
 * Link one skill: Stocking–Lord on every anchor; then anchors that moved more than `maxDrift`
 * (on the old scale) are dropped — at most a third of them, the worst first — and the line is
 * found again on the rest. Fewer than two anchors: no line can be found, the scales stay as they are.
 */
export function linkSkill(anchors: readonly { id: string; old: Item; new: Item }[], { maxDrift = 0.5 } = {}): Link {
  const usable = anchors.filter((a) => a.old.thresholds.length === a.new.thresholds.length);
  if (usable.length < 2) return { A: 1, B: 0, anchors: usable.map((a) => a.id), dropped: [] };
  const first = stockingLord(usable);
  const moved = usable
    .map((a) => ({ a, d: drift(a.old, rescaleItem(a.new, first)) }))
    .filter((x) => x.d > maxDrift)
    .sort((x, y) => y.d - x.d)
    .slice(0, Math.floor(usable.length / 3))
    .map((x) => x.a.id);
  const kept = usable.filter((a) => !moved.includes(a.id));
  const line = moved.length ? stockingLord(kept) : first;
  return { ...line, anchors: kept.map((a) => a.id), dropped: moved };
}
