import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'chai';

const ROOT = resolve(import.meta.dirname, '..');
const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** What a consumer does with the package, in each module system. */
const USE = `
  const server = await startMilvusTestServer();
  const conn = Connection.start(server.uri);
  const health = await conn.call('CheckHealth', {});
  await conn.disconnect();
  // a pool over a hosts list: the build must carry the hosts resolver
  const pool = Connection.start({ hosts: [server.address], poolSize: 2 });
  const pooled = await pool.call('CheckHealth', {});
  await pool.disconnect();
  await server.stop();
  let invalid = false;
  try { parseConfig({ port: 0 }); } catch (error) { invalid = error instanceof InvalidError; }
  console.log(JSON.stringify({ healthy: health.isHealthy && pooled.isHealthy, invalid }));`;
const PROBE = {
  esm: `import { parseConfig, Connection, InvalidError } from 'milvex';
import { startMilvusTestServer } from 'milvex/testing';
${USE}`,
  cjs: `const { parseConfig, Connection, InvalidError } = require('milvex');
const { startMilvusTestServer } = require('milvex/testing');
(async () => { ${USE} })();`,
};

describe('the packed package', function () {
  this.timeout(240_000);
  let project: string;

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'milvex-pack-'));
    // `npm pack` runs the build through `prepack`, so this is the tarball a user would get.
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', project], ROOT).trim().split('\n').pop() ?? '';
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'probe', version: '1.0.0', private: true }));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(project, tarball)], project);
    writeFileSync(join(project, 'probe.mjs'), PROBE.esm);
    writeFileSync(join(project, 'probe.cjs'), PROBE.cjs);
  });

  after(() => rmSync(project, { recursive: true, force: true }));

  for (const kind of ['esm', 'cjs'] as const) {
    it(`loads through ${kind === 'esm' ? 'import' : 'require'}`, () => {
      const output = JSON.parse(run('node', [`probe.${kind === 'esm' ? 'mjs' : 'cjs'}`], project)) as Record<string, string>;
      expect(output).to.deep.equal({ healthy: true, invalid: true });
    });
  }

  it('installs the milvex command', () => {
    expect(run('npx', ['--no-install', 'milvex', '--help'], project)).to.include('usage: milvex watch');
  });
});
