/**
 * Keepalive on real servers: milvex's default pings (every `keepaliveTime`, also without
 * calls) do not get an idle connection closed by the server (`too_many_pings` GOAWAY), while a
 * client that pings faster than the server permits does get closed (so the spec can fail).
 * The idle period is `MILVEX_REAL_IDLE_MS` (default 35 s: three default pings and more than
 * the two strikes a gRPC server allows).
 */
import { expect } from 'chai';
import { credentials } from '@grpc/grpc-js';
import { Connection } from '../../lib/connection/connection.js';
import type { ConnectionEvent } from '../../lib/connection/events.js';
import { milvusClientClass } from '../../lib/protocol/client-class.js';
import { eachRealServer } from './support/suite.js';

const IDLE_MS = Number(process.env['MILVEX_REAL_IDLE_MS'] ?? 35_000);

eachRealServer('keepalive on a real Milvus', (server, kind) => {
  it(`keeps an idle connection with the default keepalive open for ${IDLE_MS / 1000} s`, async function () {
    this.timeout(IDLE_MS + 30_000);
    const conn = Connection.start(server().uri);
    const events: ConnectionEvent['type'][] = [];
    try {
      await conn.firstConnected({ timeout: 10_000 });
      const subscription = conn.events$.subscribe((event) => events.push(event.type));
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      subscription.unsubscribe();
      expect(events, 'events while idle').to.deep.equal([]);
      expect(conn.state).to.equal('connected');
      expect((await conn.call('CheckHealth', {})).isHealthy).to.equal(true);
    } finally {
      await conn.disconnect();
    }
  });

  if (kind === 'standalone') {
    it('closes a connection that pings every second (the server enforces a minimum ping interval)', async function () {
      this.timeout(60_000);
      const Client = milvusClientClass();
      const client = new Client(`127.0.0.1:${server().port}`, credentials.createInsecure(), {
        'grpc.keepalive_time_ms': 1000,
        'grpc.keepalive_permit_without_calls': 1,
        'grpc.use_local_subchannel_pool': 1,
      });
      try {
        await new Promise<void>((resolve, reject) => client.waitForReady(Date.now() + 10_000, (error) => (error ? reject(error) : resolve())));
        // READY -> IDLE when the server sends GOAWAY (too_many_pings).
        const channel = client.getChannel();
        const state = channel.getConnectivityState(false);
        await new Promise<void>((resolve) => channel.watchConnectivityState(state, Infinity, () => resolve()));
        expect(channel.getConnectivityState(false)).to.not.equal(state);
      } finally {
        client.close();
      }
    });
  }
});
