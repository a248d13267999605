/**
 * Generated blocks of the README: text between `<!-- NAME:start -->` and `<!-- NAME:end -->`
 * is written by a script (the option table, the benchmark tables) and checked by specs.
 */
import { fileURLToPath } from 'node:url';

/** The README path. */
export const README = fileURLToPath(new URL('../README.md', import.meta.url));

/**
 * The README text with the block `name` replaced by `content`.
 *
 * @throws Error when the README lacks the block's markers
 */
export function withBlock(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} ... ${end} markers`);
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}
