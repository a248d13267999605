import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { CONFIG_BLOCK, renderConfigTable } from '../../scripts/config-table.js';
import { README, withBlock } from '../../scripts/readme-block.js';

describe('README', () => {
  const readme = readFileSync(README, 'utf8');

  it('shows the option table exactly as lib/config.ts defines it (npm run docs:config)', () => {
    expect(readme).to.equal(withBlock(readme, CONFIG_BLOCK, renderConfigTable()));
  });

  it('explains every ConnectionError reason and GrpcError source in its error reference', () => {
    const errors = readFileSync(new URL('../../lib/errors.ts', import.meta.url), 'utf8');
    const union = /export type ConnectionErrorReason =([^;]+);/.exec(errors)?.[1] ?? '';
    const reasons = [...union.matchAll(/'([a-z_]+)'/g)].map(([, reason]) => reason);
    const sources = [...(/source: '([a-z]+)' \| '([a-z]+)'/.exec(errors)?.slice(1) ?? [])];
    expect(reasons).to.include.members(['unavailable', 'unauthenticated']);
    expect(sources).to.deep.equal(['grpc', 'milvus']);
    for (const code of [...reasons, ...sources]) expect(readme, code).to.match(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
  });

  it('names the two commands a newcomer needs', () => {
    expect(readme).to.include('npm install && npm run demo');
    expect(readme).to.include('npm test');
  });
});
