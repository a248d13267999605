import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'chai';
import { CONFIG_BLOCK, renderConfigTable } from '../../scripts/config-table.js';
import { README, withBlock } from '../../scripts/readme-block.js';

describe('README', () => {
  const readme = readFileSync(README, 'utf8');

  it('shows the option table exactly as lib/config/config.ts defines it (npm run docs:config)', () => {
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

  it('names only files that exist (the module-to-spec table, the call rules, the layout)', () => {
    const root = dirname(README);
    const named = [...readme.matchAll(/`((?:lib|spec|scripts|examples|bench|chaos)\/[\w./-]+\.ts)`/g)].map(([, path]) => path ?? '');
    expect(named).to.include.members(['lib/calls/policy.ts', 'spec/e2e/layers.spec.ts']);
    expect(named.filter((path) => !existsSync(join(root, path)))).to.deep.equal([]);
  });

  it('names the two commands a newcomer needs', () => {
    expect(readme).to.include('npm install && npm run demo');
    expect(readme).to.include('npm test');
  });
});
