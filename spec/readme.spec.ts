import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { README, renderConfigTable, withTable } from '../scripts/config-table.js';

describe('README', () => {
  const readme = readFileSync(README, 'utf8');

  it('shows the option table exactly as lib/config.ts defines it (npm run docs:config)', () => {
    expect(readme).to.equal(withTable(readme, renderConfigTable()));
  });

  it('names the two commands a newcomer needs', () => {
    expect(readme).to.include('npm run demo');
    expect(readme).to.include('npm test');
  });
});
