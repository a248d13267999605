/**
 * Renders the README's option table from the option table of `lib/config.ts`, the single
 * source of every option. `npm run docs:config` rewrites the README block between the
 * `config-table` markers; `spec/readme.spec.ts` fails when the README disagrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OPTIONS } from '../lib/config.js';

/** Where the table goes in the README. */
export const MARKERS = { start: '<!-- config-table:start -->', end: '<!-- config-table:end -->' } as const;

/** The README path. */
export const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** The option table as Markdown. */
export function renderConfigTable(): string {
  const rows = Object.entries(OPTIONS).map(
    ([name, spec]) => `| \`${name}\` | ${spec.defaultText} | ${spec.allowed} | ${spec.description} |`,
  );
  return ['| option | default | allowed | what it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README text with its table block replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(MARKERS.start);
  const end = readme.indexOf(MARKERS.end);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${MARKERS.start} ... ${MARKERS.end} markers`);
  return `${readme.slice(0, start + MARKERS.start.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, withTable(readFileSync(README, 'utf8'), renderConfigTable()));
}
