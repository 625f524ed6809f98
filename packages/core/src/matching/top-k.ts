/**
 * Keep the best k of a stream of (score, index), best first; ties keep the lower index. A binary
 * heap with the worst kept entry at its root: O(log k) per entry that gets in, so a page deep
 * into a long list costs O(n log k), not the O(n·k) of keeping a sorted array.
 */
export class TopK {
  private readonly scores: number[] = [];
  private readonly indexes: number[] = [];
  constructor(private readonly k: number) {}

  /** Whether entry a is worse than entry b: a lower score, or an equal score and a later index. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.indexes[a]! > this.indexes[b]!);
  }

  private swap(a: number, b: number): void {
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
    [this.indexes[a], this.indexes[b]] = [this.indexes[b]!, this.indexes[a]!];
  }

  /** Scores at or below this cannot enter (−1 until the list is full). */
  get threshold(): number {
    return this.scores.length < this.k ? -1 : this.scores[0]!;
  }

  offer(score: number, index: number): void {
    if (this.k <= 0) return;
    const n = this.scores.length;
    if (n < this.k) {
      // Sift the new entry up.
      this.scores.push(score);
      this.indexes.push(index);
      for (let i = n; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const rootScore = this.scores[0]!;
    if (score < rootScore || (score === rootScore && index > this.indexes[0]!)) return;
    // Replace the worst and sift it down.
    this.scores[0] = score;
    this.indexes[0] = index;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.worse(right, left) ? right : left;
      if (!this.worse(child, i)) break;
      this.swap(i, child);
      i = child;
    }
  }

  result(): { index: number; score: number }[] {
    return this.indexes
      .map((index, i) => ({ index, score: this.scores[i]! }))
      .sort((a, b) => b.score - a.score || a.index - b.index);
  }
}
