/**
 * The layers of lib/ are kept by lint (eslint.config.js): each row puts one import in a file
 * of a layer and says whether `npm run lint` must refuse it. The files do not exist; ESLint
 * lints the text as if it were there, with the project's own config.
 */
import { readdirSync } from 'node:fs';
import { expect } from 'chai';
import { ESLint } from 'eslint';

/** Where the import is written, what it imports, and whether lint must refuse it. */
interface Row {
  readonly file: string;
  readonly from: string;
  readonly refused: boolean;
}

const refused = (file: string, from: string): Row => ({ file, from, refused: true });
const allowed = (file: string, from: string): Row => ({ file, from, refused: false });

const ROWS: readonly Row[] = [
  // config/ and time/: pure, no @grpc/*, nothing above them.
  refused('lib/config/x.ts', '@grpc/grpc-js'),
  refused('lib/config/x.ts', '../transport/channel.js'),
  refused('lib/config/x.ts', '../protocol/proto.js'),
  refused('lib/config/x.ts', '../index.js'),
  allowed('lib/config/x.ts', '../time/deadline.js'),
  allowed('lib/config/x.ts', '../errors.js'),
  refused('lib/config/x.ts', 'milvex/proto'),
  refused('lib/time/x.ts', '@grpc/proto-loader'),
  refused('lib/time/x.ts', '../connection/pool.js'),
  refused('lib/time/x.ts', '../calls/policy.js'),
  allowed('lib/time/x.ts', '../config/config.js'),
  // protocol/: the wire, below every layer that uses it.
  refused('lib/protocol/x.ts', '../transport/channel.js'),
  refused('lib/protocol/x.ts', '../connection/pool.js'),
  refused('lib/protocol/x.ts', '../calls/bound-client.js'),
  refused('lib/protocol/x.ts', '../data/rows.js'),
  refused('lib/protocol/x.ts', '../testing/index.js'),
  allowed('lib/protocol/x.ts', '@grpc/grpc-js'),
  allowed('lib/protocol/x.ts', './proto.js'),
  allowed('lib/protocol/x.ts', 'milvex/proto'),
  refused('lib/protocol/x.ts', 'milvex/testing'),
  // transport/: no connection/, of calls/ only the pure policy; grpc-js internals in one file.
  refused('lib/transport/x.ts', '../connection/session.js'),
  refused('lib/transport/x.ts', '../calls/call.js'),
  refused('lib/transport/x.ts', '@grpc/grpc-js/build/src/call-interface.js'),
  allowed('lib/transport/x.ts', '../calls/policy.js'),
  allowed('lib/transport/x.ts', '../protocol/proto.js'),
  allowed('lib/transport/x.ts', 'milvex/proto'),
  refused('lib/transport/x.ts', 'milvex'),
  allowed('lib/transport/grpc-internals.ts', '@grpc/grpc-js/build/src/call-interface.js'),
  refused('lib/transport/grpc-internals.ts', '../connection/pool.js'),
  // connection/, calls/, data/: never testing/; calls/ and data/ never the facade.
  refused('lib/connection/x.ts', '../testing/index.js'),
  refused('lib/connection/x.ts', '@grpc/grpc-js/build/src/channel.js'),
  allowed('lib/connection/x.ts', '../calls/call.js'),
  refused('lib/calls/x.ts', '../connection/connection.js'),
  refused('lib/calls/x.ts', '../testing/server.js'),
  refused('lib/calls/x.ts', 'milvex/testing'),
  allowed('lib/calls/x.ts', '../connection/pool.js'),
  refused('lib/data/x.ts', '../connection/connection.js'),
  refused('lib/data/x.ts', '../testing/memory/catalog.js'),
  allowed('lib/data/x.ts', '../calls/call.js'),
  // The entries: the library entry ships no test server; the CLI takes it through its index.
  refused('lib/index.ts', './testing/index.js'),
  refused('lib/errors.ts', './testing/server.js'),
  refused('lib/cli.ts', './testing/server.js'),
  allowed('lib/cli.ts', './testing/index.js'),
  allowed('lib/testing/memory/x.ts', '../server.js'),
  // Outside lib/: testing only through its index (spec/testing/ unit-tests what it mirrors).
  refused('spec/e2e/x.spec.ts', '../../lib/testing/server.js'),
  refused('spec/e2e/x.spec.ts', '@grpc/grpc-js/build/src/channel.js'),
  allowed('spec/e2e/x.spec.ts', '../../lib/testing/index.js'),
  refused('spec/connection/x.spec.ts', '../../lib/testing/memory/catalog.js'),
  refused('bench/x.ts', '../lib/testing/relay.js'),
  refused('chaos/x.ts', '../lib/testing/server.js'),
  refused('examples/x.ts', '../lib/testing/memory/store.js'),
  allowed('examples/x.ts', '../lib/testing/index.js'),
  allowed('spec/testing/memory/x.spec.ts', '../../../lib/testing/memory/catalog.js'),
];

describe('layers (lint)', function () {
  this.timeout(60_000);
  // Only the import rule, without type information: the files linted here do not exist.
  const eslint = new ESLint({
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });

  /** The messages lint gives `code` at `file`; a parse failure fails the spec. */
  async function lint(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: file });
    const messages = result?.messages ?? [];
    expect(messages.filter((message) => message.ruleId === null).map((message) => message.message)).to.deep.equal([]);
    return messages.map((message) => message.message);
  }

  for (const row of ROWS) {
    it(`${row.refused ? 'refuses' : 'allows'} '${row.from}' in ${row.file}`, async () => {
      const messages = await lint(row.file, `import { thing } from '${row.from}';\nexport { thing };\n`);
      expect(messages, row.from).to.have.length(row.refused ? 1 : 0);
    });
  }

  it('refuses type imports and re-exports across layers too', async () => {
    expect(await lint('lib/protocol/x.ts', `import type { Pool } from '../connection/pool.js';\nexport type { Pool };\n`)).to.have.length(1);
    expect(await lint('lib/config/x.ts', `export { maySendAgain } from '../calls/policy.js';\n`)).to.have.length(1);
  });

  it('has rows for every folder of lib/', () => {
    const folders = readdirSync('lib', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const covered = new Set(ROWS.map((row) => /^lib\/([^/]+)\//.exec(row.file)?.[1]));
    expect(folders.filter((name) => !covered.has(name))).to.deep.equal([]);
  });
});
