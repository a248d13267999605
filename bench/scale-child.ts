/**
 * Run by the scale benchmark in a process of its own: opens N connections to the port in
 * argv, measures, disconnects them all, prints the figures as JSON and must then exit by itself.
 */
import { readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection } from '../lib/index.js';

const [port, countText] = process.argv.slice(2);
const count = Number(countText);
const fds = (): number => readdirSync('/proc/self/fd').length;
const heap = (): number => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
const before = { heap: heap(), rss: process.memoryUsage().rss, fds: fds() };
const started = performance.now();
const connections = Array.from({ length: count }, () => Connection.start({ host: '127.0.0.1', port: Number(port) }));
await Promise.all(connections.map((conn) => conn.firstConnected()));
const connectedMs = performance.now() - started;
const after = { heap: heap(), rss: process.memoryUsage().rss, fds: fds() };
const cpuBefore = process.cpuUsage();
await sleep(10_000); // the idle period being measured
const cpu = process.cpuUsage(cpuBefore);
await Promise.all(connections.map((conn) => conn.disconnect()));
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
