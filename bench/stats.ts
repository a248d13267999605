/** Small statistics for the benchmark tables. */

/** The value at quantile `q` (0..1) of `values`, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** The median of `values`. */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** `median unit (min..max)` with the given unit (none when empty) and decimals. */
export function spread(values: readonly number[], unit: string, decimals = 0): string {
  if (values.length === 0) return 'n/a';
  const f = (v: number): string => v.toFixed(decimals);
  const suffix = unit === '' ? '' : ` ${unit}`;
  return `${f(median(values))}${suffix} (${f(Math.min(...values))}..${f(Math.max(...values))})`;
}

/** A Markdown table. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
