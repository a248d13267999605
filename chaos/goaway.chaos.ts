import { expect } from 'chai';
import { filter, firstValueFrom, scan } from 'rxjs';
import type { ServiceError } from '@grpc/grpc-js';
import type { Connection } from '../lib/connection/connection.js';
import { startMilvusTestServer } from '../lib/testing/index.js';
import { callLoops } from '../spec/support/load.js';
import { loadClientClass } from '../spec/support/milvus-client.js';
import { connectMany } from './support.js';

const CYCLES = 30;
const CONNECTIONS = 4;
const WORKERS_PER_CONNECTION = 8;

interface VersionClient {
  GetVersion(request: object, callback: (error: ServiceError | null) => void): void;
}

/** Loops of non-idempotent GetVersion calls, half through conn.call, half through a bound client. */
function writeLoad(connections: Connection[]) {
  return callLoops(
    connections.flatMap((conn) => {
      const client = conn.client(loadClientClass()) as unknown as VersionClient;
      const viaCall = () => conn.call('GetVersion', {}, { idempotent: false });
      const viaBound = (): Promise<void> =>
        new Promise((resolve, reject) => client.GetVersion({}, (error) => (error === null ? resolve() : reject(error))));
      return Array.from({ length: WORKERS_PER_CONNECTION }, (_, n) => (n % 2 === 0 ? viaCall : viaBound));
    }),
  );
}

/** Resolves once every connection has connected `count` times more. */
function connectedTimes(connections: Connection[], count: number): Promise<unknown> {
  return Promise.all(
    connections.map((conn) =>
      firstValueFrom(
        conn.events$.pipe(
          filter((event) => event.type === 'connected'),
          scan((n) => n + 1, 0),
          filter((n) => n >= count),
        ),
      ),
    ),
  );
}

describe(`GOAWAY cycles under non-idempotent calls (${CYCLES} cycles, ${CONNECTIONS} connections)`, () => {
  it('server goaway(): no call fails, the server sees each successful call exactly once', async () => {
    const server = await startMilvusTestServer();
    const connections = connectMany(server, CONNECTIONS);
    try {
      await connectedTimes(connections, 1);
      const load = writeLoad(connections);
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const reconnected = connectedTimes(connections, 1);
        await server.goaway();
        await reconnected;
      }
      const { succeeded, failures } = await load.stop();
      expect(failures).to.deep.equal([]);
      expect(server.calls.filter((call) => call.method === 'GetVersion')).to.have.length(succeeded);
    } finally {
      await Promise.all([...connections.map((conn) => conn.disconnect()), server.stop()]);
    }
  });

  it('server max connection age: no call fails, the server sees each successful call exactly once', async () => {
    const server = await startMilvusTestServer({ maxConnectionAgeMs: 200 });
    const connections = connectMany(server, CONNECTIONS);
    try {
      await connectedTimes(connections, 1);
      const load = writeLoad(connections);
      await connectedTimes(connections, CYCLES);
      const { succeeded, failures } = await load.stop();
      expect(failures).to.deep.equal([]);
      expect(server.calls.filter((call) => call.method === 'GetVersion')).to.have.length(succeeded);
    } finally {
      await Promise.all([...connections.map((conn) => conn.disconnect()), server.stop()]);
    }
  });
});
