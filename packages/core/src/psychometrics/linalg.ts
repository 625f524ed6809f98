/** The little linear algebra the multidimensional prior needs: symmetric positive-definite matrices. */
export type Matrix = number[][];

/** Lower-triangular L with A = L Lᵀ. Throws if A is not positive definite. */
export function cholesky(a: Matrix): Matrix {
  const n = a.length;
  const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (sum <= 0) throw new Error('matrix is not positive definite');
        l[i]![i] = Math.sqrt(sum);
      } else l[i]![j] = sum / l[j]![j]!;
    }
  }
  return l;
}

/** Inverse of a symmetric positive-definite matrix, through its Cholesky factor. */
export function invertSpd(a: Matrix): Matrix {
  const n = a.length;
  const l = cholesky(a);
  // Solve L Lᵀ X = I column by column.
  const inv: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const y = new Array<number>(n);
  for (let c = 0; c < n; c++) {
    for (let i = 0; i < n; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
      y[i] = sum / l[i]![i]!;
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i]!;
      for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * inv[k]![c]!;
      inv[i]![c] = sum / l[i]![i]!;
    }
  }
  return inv;
}

export function matVec(a: Matrix, v: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
}
