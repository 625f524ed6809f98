/**
 * A small seeded random generator (sfc32) whose whole state is four numbers, so an adaptive
 * test that stores it in its JSON state continues exactly the same after a reload.
 */
export type RngState = [number, number, number, number];

export function seedRng(seed: number): RngState {
  // splitmix32 spreads one seed over four words.
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state: RngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i++) nextUniform(state);
  return state;
}

/** Uniform in [0, 1); advances `state` in place. */
export function nextUniform(state: RngState): number {
  let [a, b, c, d] = state;
  const t = (((a + b) >>> 0) + d) >>> 0;
  d = (d + 1) >>> 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) >>> 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) >>> 0;
  state[0] = a >>> 0;
  state[1] = b >>> 0;
  state[2] = c >>> 0;
  state[3] = d;
  return t / 4294967296;
}

/** Standard normal draw (Box-Muller). */
export function nextNormal(state: RngState): number {
  const u = 1 - nextUniform(state);
  const v = nextUniform(state);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A convenience wrapper for simulations and tests. */
export class Random {
  readonly state: RngState;
  constructor(seed: number) {
    this.state = seedRng(seed);
  }
  uniform(): number {
    return nextUniform(this.state);
  }
  normal(): number {
    return nextNormal(this.state);
  }
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}
