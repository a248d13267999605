import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { server } from '../support/live.js';

const run = promisify(execFile);
const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const tsx = (file: string, args: string[]): Promise<{ stdout: string }> =>
  run(process.execPath, ['--import', 'tsx', resolve(EXAMPLES, file), ...args], { timeout: 60_000 });

describe('examples', function () {
  this.timeout(60_000);

  const expected: Record<string, RegExp> = {
    'basic.ts': /connected\? true[\s\S]*state after disconnect: closed/,
    'named.ts': /"vectors" is connected[\s\S]*whereis\("vectors"\) finds nothing/,
    'status-line.ts': /… milvus connecting\n● milvus connected\n○ milvus closed/,
    'vectors.ts':
      /inserted 1000 rows\nnearest to row 42: 42 \(row 42\), [\s\S]*query id < 3: row 0, row 1, row 2\nget 7: row 7, year none, vector of 8 floats\ncount with a year: 500\niterated in 3 batches\nafter delete: 500 rows\ndropped milvex_example_/,
    'raw-call.ts': /inserted 1000 rows\nnearest to row 42: 42, [\s\S]*query id < 3: row 0, row 1, row 2\ndropped milvex_raw_example_/,
    'trace-calls.ts':
      /call CheckHealth on default: ok after 1 attempt\(s\) in [\d.]+ ms\ncall HasCollection on default\.no_such_collection: ok after 1 attempt\(s\)[^\n]*\ncall DescribeCollection on default\.no_such_collection: milvus_status after 1 attempt\(s\)/,
    'custom-client.ts': /server version through a bound client: v2\.6\.0-milvex-test/,
    // (no event of the pool's own reads `member undefined`)
    'pool.ts':
      /^(?![\s\S]*undefined)[\s\S]*member 0: connected[\s\S]*10 calls over a pool of 2 on 2 addresses: 10 healthy, state connected\npool: closed/,
  };

  /** Each example's arguments: a URI, but two addresses for the pool over `hosts`. */
  const argsOf = async (file: string): Promise<string[]> => {
    const milvus = await server();
    // Seconds before it disconnects: time enough for a cold child process to connect first.
    if (file === 'status-line.ts') return [milvus.uri, '3'];
    if (file === 'pool.ts') return [milvus.address, (await server()).address];
    return [milvus.uri];
  };

  for (const [file, pattern] of Object.entries(expected)) {
    it(`${file} runs to completion against the test server`, async () => {
      const { stdout } = await tsx(file, await argsOf(file));
      expect(stdout).to.match(pattern);
    });
  }

  it('the demo rides out the outage and exits 0', async () => {
    const { stdout } = await tsx('demo.ts', []);
    expect(stdout).to.match(/calls: +\d+ ok, 0 failed \(\d+ issued during the outage\)/);
    expect(stdout).to.include('state   reconnecting');
  });
});
