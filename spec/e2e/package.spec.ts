import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'chai';

const ROOT = resolve(import.meta.dirname, '../..');
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
  // One copy of the library behind both entries: a connection made through milvex/testing is
  // a milvex Connection (no brand: only one class can pass), and its errors are milvex's own
  // classes, not look-alikes that pass instanceof by brand only.
  const viaTesting = startConnection(server.uri);
  const oneConnectionClass = viaTesting instanceof Connection;
  await viaTesting.disconnect();
  let oneErrorClass = false;
  try { startConnection({ port: 0 }); } catch (error) {
    oneErrorClass = error instanceof MilvexError && Object.getPrototypeOf(error) === InvalidError.prototype;
  }
  // milvex/proto carries the message types, and the enums as values.
  const protoEnums = ProtoDataType.FloatVector === DataType.FloatVector;
  console.log(JSON.stringify({ healthy: health.isHealthy && pooled.isHealthy, invalid, oneConnectionClass, oneErrorClass, protoEnums }));`;
const PROBE = {
  esm: `import { parseConfig, Connection, DataType, InvalidError, MilvexError } from 'milvex';
import { DataType as ProtoDataType } from 'milvex/proto';
import { startConnection, startMilvusTestServer } from 'milvex/testing';
${USE}`,
  cjs: `const { parseConfig, Connection, DataType, InvalidError, MilvexError } = require('milvex');
const { DataType: ProtoDataType } = require('milvex/proto');
const { startConnection, startMilvusTestServer } = require('milvex/testing');
(async () => { ${USE} })();`,
};

/**
 * Copies the files git would hand a newcomer (tracked, plus new ones not ignored: the working
 * tree as it would be committed) into `target`.
 */
function cloneInto(target: string): void {
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], ROOT).split('\0');
  for (const file of files) {
    // A file deleted in the working tree but still in the index is not part of the clone.
    if (file === '' || !existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(ROOT, file), join(target, file));
  }
}

/** What each probe prints when the package works. */
const EXPECTED = { healthy: true, invalid: true, oneConnectionClass: true, oneErrorClass: true, protoEnums: true };

describe('the package', function () {
  this.timeout(300_000);
  let scratch: string;
  let clone: string;
  let install: { status: number | null; output: string };

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'milvex-package-'));
    clone = join(scratch, 'clone');
    cloneInto(clone);
    // What the README tells a newcomer to run first (`npm ci` is the same install, from the lock file).
    const result = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: clone, encoding: 'utf8' });
    install = { status: result.status, output: `${result.stdout}${result.stderr}` };
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  describe('a fresh clone after npm ci', () => {
    it('installs without a warning', () => {
      expect(install.status, install.output).to.equal(0);
      expect(install.output).not.to.match(/\bwarn\b|EBADENGINE|ERR!/i);
    });

    it('runs `npx milvex`', () => {
      expect(run('npx', ['--no-install', 'milvex', '--help'], clone)).to.include('usage: milvex watch');
    });

    it("imports 'milvex' and 'milvex/testing' by name", () => {
      writeFileSync(join(clone, 'probe.mjs'), PROBE.esm);
      expect(JSON.parse(run('node', ['probe.mjs'], clone))).to.deep.equal(EXPECTED);
    });
  });

  describe('the packed tarball in a project of its own', () => {
    let project: string;

    before(() => {
      project = join(scratch, 'consumer');
      mkdirSync(project);
      // The clone's install has built dist/ (`prepare`); packing it again with scripts would
      // only build it a second time.
      const tarball = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', project], clone).trim().split('\n').pop() ?? '';
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'probe', version: '1.0.0', private: true }));
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(project, tarball)], project);
      writeFileSync(join(project, 'probe.mjs'), PROBE.esm);
      writeFileSync(join(project, 'probe.cjs'), PROBE.cjs);
    });

    for (const kind of ['esm', 'cjs'] as const) {
      it(`loads through ${kind === 'esm' ? 'import' : 'require'}`, () => {
        const output = JSON.parse(run('node', [`probe.${kind === 'esm' ? 'mjs' : 'cjs'}`], project)) as Record<string, string>;
        expect(output).to.deep.equal(EXPECTED);
      });
    }

    it('type-checks a consumer in each module system: milvex declarations refer to milvex/proto, one Connection type', () => {
      const USE_TYPES = `
        const field: FieldSchema = { name: 'vector', data_type: DataType.FloatVector };
        const schema: Buffer = encodeCollectionSchema({ name: 'c', fields: [field] });
        const conn: Connection = startConnection('http://127.0.0.1:1');
        export { schema, conn };`;
      writeFileSync(
        join(project, 'types.mts'),
        `import type { FieldSchema } from 'milvex/proto';\nimport { type Connection, DataType, encodeCollectionSchema } from 'milvex';\nimport { startConnection } from 'milvex/testing';\n${USE_TYPES}`,
      );
      writeFileSync(
        join(project, 'types.cts'),
        `import type { FieldSchema } from 'milvex/proto';\nimport { type Connection, DataType, encodeCollectionSchema } from 'milvex';\nimport { startConnection } from 'milvex/testing';\n${USE_TYPES}`,
      );
      const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      const flags = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'];
      const typeRoots = ['--typeRoots', join(ROOT, 'node_modules', '@types'), '--types', 'node'];
      const result = spawnSync(process.execPath, [tsc, ...flags, ...typeRoots, 'types.mts', 'types.cts'], { cwd: project, encoding: 'utf8' });
      expect(result.status, `${result.stdout}${result.stderr}`).to.equal(0);
    });

    it('installs the milvex command', () => {
      expect(run('npx', ['--no-install', 'milvex', '--help'], project)).to.include('usage: milvex watch');
    });
  });
});
