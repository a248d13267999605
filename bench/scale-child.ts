/**
 * Run by the scale benchmark in a process of its own: opens N connections to the port in
 * argv, measures, idles for the given milliseconds, disconnects them all, prints the figures
 * as JSON and must then exit by itself. Arguments: port, count, `milvex` or `bare`, idle ms.
 * With `bare`, the connections are bare grpc-js channels (each its own TCP
 * connection) that made the same Connect handshake: the floor milvex is measured against.
 */
import { readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Channel, Client, Metadata, credentials } from '@grpc/grpc-js';
import type * as Milvex from '../lib/index.js';
import { clientInfo } from '../lib/transport/handshake.js';
import { parseConfig } from '../lib/config/config.js';
import { milvusMethod } from '../lib/protocol/proto.js';

/** One open connection, as the scale benchmark holds it. */
interface Held {
  readonly ready: Promise<unknown>;
  close(): Promise<void>;
}

/** A bare grpc-js channel of its own and a client on it that made the Connect handshake. */
function bareConnection(port: number): Held {
  const target = `127.0.0.1:${port}`;
  const channel = new Channel(target, credentials.createInsecure(), { 'grpc.use_local_subchannel_pool': 1 });
  const client = new Client(target, credentials.createInsecure(), { channelOverride: channel });
  const connect = milvusMethod('Connect');
  if (connect === undefined) throw new Error('Connect is missing from the protocol');
  const ready = new Promise((resolve, reject) =>
    client.makeUnaryRequest(
      connect.path,
      connect.requestSerialize,
      connect.responseDeserialize,
      clientInfo(parseConfig({ port })),
      new Metadata(),
      {},
      (error, reply) => (error === null ? resolve(reply) : reject(error)),
    ),
  );
  const close = (): Promise<void> => {
    channel.close();
    return Promise.resolve();
  };
  return { ready, close };
}

// milvex as users get it: the built package (the TypeScript loader adds a property to every
// function it names, a few KiB per connection that the build does not have).
const { Connection } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof Milvex;

function milvexConnection(port: number): Held {
  const conn = Connection.start({ host: '127.0.0.1', port });
  return { ready: conn.firstConnected(), close: () => conn.disconnect() };
}

const [port, countText, kind, idleText] = process.argv.slice(2);
const count = Number(countText);
const open = kind === 'bare' ? bareConnection : milvexConnection;
const fds = (): number => readdirSync('/proc/self/fd').length;
const heap = (): number => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
const before = { heap: heap(), rss: process.memoryUsage().rss, fds: fds() };
const started = performance.now();
const connections = Array.from({ length: count }, () => open(Number(port)));
await Promise.all(connections.map((held) => held.ready));
const connectedMs = performance.now() - started;
const after = { heap: heap(), rss: process.memoryUsage().rss, fds: fds() };
const cpuBefore = process.cpuUsage();
await sleep(Number(idleText)); // the idle period being measured
const cpu = process.cpuUsage(cpuBefore);
await Promise.all(connections.map((held) => held.close()));
process.stdout.write(
  `${JSON.stringify({
    count,
    connectedMs,
    heapPerConnection: (after.heap - before.heap) / count,
    rssPerConnection: (after.rss - before.rss) / count,
    fdsOpen: after.fds - before.fds,
    idleCpuMs: (cpu.user + cpu.system) / 1000,
    disconnectedAt: Date.now(),
  })}\n`,
);
