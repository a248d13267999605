import { expect } from 'chai';
import type { Connection } from '../../lib/connection/connection.js';
import type { MilvusTestServer } from '../../lib/testing/index.js';
import { connect, server } from './live.js';

describe('spec helpers (live.ts)', () => {
  let started: MilvusTestServer | undefined;
  let conn: Connection | undefined;

  it('start a server and a connection to it', async () => {
    started = await server();
    conn = connect(started);
    await conn.firstConnected();
  });

  it('have them stopped by the root hook after the spec that started them', () => {
    expect(started?.running).to.equal(false);
    expect(conn?.state).to.equal('closed');
  });
});
