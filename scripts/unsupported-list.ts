/**
 * Renders the README's list of the MilvusService methods the test server does not implement,
 * from the server's own method table. `npm run docs:unsupported` rewrites the README block
 * `unsupported-methods`; `spec/testing/unsupported.spec.ts` fails when the README disagrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unsupportedMethods } from '../lib/testing/index.js';
import { README, withBlock } from './readme-block.js';

/** The name of the README block the list goes in. */
export const UNSUPPORTED_BLOCK = 'unsupported-methods';

/** The list as Markdown: one paragraph of method names. */
export function renderUnsupportedList(): string {
  return unsupportedMethods()
    .map((method) => `\`${method}\``)
    .join(', ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, withBlock(readFileSync(README, 'utf8'), UNSUPPORTED_BLOCK, renderUnsupportedList()));
}
