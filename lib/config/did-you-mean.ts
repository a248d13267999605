/**
 * "Did you mean": the known name nearest to a mistyped one, for the errors on unknown
 * options, `tls` keys and URI query parameters.
 *
 * The distance is the optimal string alignment distance (Levenshtein plus the swap of two
 * neighbouring letters as one edit), compared without case. Swapped letters are the most
 * common typo (`hots` for `host`, `tsl` for `tls`) and plain Levenshtein counts them as
 * two, which ties `tsl` between `tls` and `ssl`. The lists are a few dozen short names, so
 * the quadratic table costs nothing.
 *
 * Pure: no I/O.
 */

/**
 * The optimal string alignment distance: insertions, deletions, substitutions and swaps of
 * two neighbouring characters, each one edit.
 *
 * @param a - one string
 * @param b - the other
 * @returns the number of edits that turn `a` into `b`
 */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const cells = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => cells[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      let best = i + j;
      if (i > 0 && j > 0) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      cells[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known names nearest to `name`, if they are close enough to be what was meant: at most
 * one edit per three characters of `name` (at least one), without case.
 *
 * @param name - the unknown name
 * @param known - the names that exist
 * @returns the nearest known names (several when equally near, in the order of `known`);
 *   empty when none is close
 */
export function nearestNames(name: string, known: readonly string[]): string[] {
  const limit = Math.max(1, Math.floor(name.length / 3));
  const distances = known.map((candidate) => editDistance(name.toLowerCase(), candidate.toLowerCase()));
  const best = Math.min(...distances);
  return best > limit ? [] : known.filter((_, index) => distances[index] === best);
}

/**
 * The end of an "unknown name" message: the nearest names when some are close, else every
 * known one.
 *
 * @param name - the unknown name
 * @param known - the names that exist
 * @param noun - what they are, for the list (`options`, `parameters`)
 * @returns `did you mean "x"?`, or `the options are a, b, c`
 */
export function knownNames(name: string, known: readonly string[], noun: string): string {
  const nearest = nearestNames(name, known);
  if (nearest.length === 0) return `the ${noun} are ${known.join(', ')}`;
  return `did you mean ${nearest.map((candidate) => `"${candidate}"`).join(' or ')}?`;
}
