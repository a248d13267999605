/**
 * Run as a child process by `lifecycle.spec.ts`: connects to the port in argv[2], reaches
 * the moment named in argv[3] (connected, backoff, connecting, recycled), disconnects, and
 * then must exit on its own. With a count in
 * argv[4], that many connections reach `connected` and the process exits without
 * disconnecting them, so that their sockets close all at once.
 */
import { filter, firstValueFrom } from 'rxjs';
import { Connection } from '../../lib/connection/connection.js';

const [port, moment, many] = process.argv.slice(2);
if (many !== undefined) {
  const crowd = Array.from({ length: Number(many) }, () => Connection.start({ host: '127.0.0.1', port: Number(port) }));
  await Promise.all(crowd.map((conn) => conn.firstConnected()));
  process.exit(0);
}
// `recycled`: a pool of 3 over a hosts list whose channels are recycled every second, caught
// while replaced channels drain and a dead address is being retried.
const conn =
  moment === 'recycled'
    ? Connection.start({ hosts: [`127.0.0.1:${port}`, '127.0.0.1:1'], loadBalancing: 'round_robin', poolSize: 3, channelMaxAge: 1000, timeout: 5000 })
    : Connection.start({ host: '127.0.0.1', port: Number(port), reconnectBaseDelay: 5000, connectTimeout: 60_000 });
if (moment === 'recycled') await firstValueFrom(conn.events$.pipe(filter((event) => event.type === 'recycled')));
if (moment === 'connected') await conn.firstConnected();
if (moment === 'backoff') await firstValueFrom(conn.events$.pipe(filter((event) => event.type === 'retry')));
if (moment === 'connecting') await firstValueFrom(conn.events$.pipe(filter((event) => event.type === 'connecting')));
await conn.disconnect();
process.stdout.write(`disconnected from ${moment}\n`);
