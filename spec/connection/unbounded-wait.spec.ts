/**
 * No silent hang: a wait with no timeout on a connection whose attempts keep failing emits
 * one process warning (code MILVEX_WAITING_WITHOUT_TIMEOUT) naming the last error.
 */
import { createServer } from 'node:net';
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { UNBOUNDED_WAIT_WARNING_CODE } from '../../lib/connection/pool.js';
import { QUICK, nthEvent, track } from '../support/live.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The warnings with milvex's code, as they come. */
function milvexWarnings(): { seen: Array<Error & { code?: string }>; stop(): void } {
  const seen: Array<Error & { code?: string }> = [];
  const listener = (warning: Error & { code?: string }): void => {
    if (warning.code === UNBOUNDED_WAIT_WARNING_CODE) seen.push(warning);
  };
  process.on('warning', listener);
  return { seen, stop: () => process.off('warning', listener) };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('a wait with no timeout on a failing connection', () => {
  it('warns once, naming the target and the last error; the wait goes on until disconnect', async function () {
    this.timeout(20_000);
    const port = await closedPort();
    const warnings = milvexWarnings();
    try {
      const conn = track(Connection.start({ host: '127.0.0.1', port, ...QUICK }));
      const waiting = conn.firstConnected().catch((error: unknown) => error);
      await nthEvent(conn, 'retry', 4);
      await settle();
      expect(warnings.seen).to.have.length(1);
      const [warning] = warnings.seen;
      expect(warning?.name).to.equal('MilvexWarning');
      expect(warning?.message).to.include(`127.0.0.1:${port}`).and.include('ECONNREFUSED').and.include('no timeout');
      await conn.disconnect();
      expect(await waiting).to.include({ reason: 'closed' });
    } finally {
      warnings.stop();
    }
  });

  it('stays quiet while every wait has a timeout', async function () {
    this.timeout(20_000);
    const port = await closedPort();
    const warnings = milvexWarnings();
    try {
      const conn = track(Connection.start({ host: '127.0.0.1', port, ...QUICK }));
      const waiting = conn.firstConnected({ timeout: 60_000 }).catch((error: unknown) => error);
      await nthEvent(conn, 'retry', 4);
      await settle();
      expect(warnings.seen).to.deep.equal([]);
      await conn.disconnect();
      await waiting;
    } finally {
      warnings.stop();
    }
  });
});
