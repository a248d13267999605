/**
 * Renders the README's option table from the option table of `lib/config.ts`, the single
 * source of every option. `npm run docs:config` rewrites the README block `config-table`;
 * `spec/readme.spec.ts` fails when the README disagrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OPTIONS } from '../lib/config/config.js';
import { README, withBlock } from './readme-block.js';

/** The name of the README block the table goes in. */
export const CONFIG_BLOCK = 'config-table';

/** The option table as Markdown. */
export function renderConfigTable(): string {
  const rows = Object.entries(OPTIONS).map(([name, spec]) => `| \`${name}\` | ${spec.defaultText} | ${spec.allowed} | ${spec.description} |`);
  return ['| option | default | allowed | what it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, withBlock(readFileSync(README, 'utf8'), CONFIG_BLOCK, renderConfigTable()));
}
