import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { CONFIG_BLOCK, renderConfigTable } from '../scripts/config-table.js';
import { README, withBlock } from '../scripts/readme-block.js';

describe('README', () => {
  const readme = readFileSync(README, 'utf8');

  it('shows the option table exactly as lib/config.ts defines it (npm run docs:config)', () => {
    expect(readme).to.equal(withBlock(readme, CONFIG_BLOCK, renderConfigTable()));
  });

  it('names the two commands a newcomer needs', () => {
    expect(readme).to.include('npm install && npm run demo');
    expect(readme).to.include('npm test');
  });
});
