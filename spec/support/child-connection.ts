/**
 * Run as a child process by `lifecycle.spec.ts`: connects to the port in argv[2], reaches
 * the moment named in argv[3], disconnects, and then must exit on its own. With a count in
 * argv[4], that many connections reach `connected` and the process exits without
 * disconnecting them, so that their sockets close all at once.
 */
import { filter, firstValueFrom } from 'rxjs';
import { Connection } from '../../lib/connection.js';

const [port, moment, many] = process.argv.slice(2);
if (many !== undefined) {
  const crowd = Array.from({ length: Number(many) }, () => Connection.start({ host: '127.0.0.1', port: Number(port) }));
  await Promise.all(crowd.map((conn) => conn.firstConnected()));
  process.exit(0);
}
const conn = Connection.start({ host: '127.0.0.1', port: Number(port), reconnectBaseDelay: 5000, connectTimeout: 60_000 });
if (moment === 'connected') await conn.firstConnected();
if (moment === 'backoff') await firstValueFrom(conn.events$.pipe(filter((event) => event.type === 'retry')));
if (moment === 'connecting') await firstValueFrom(conn.events$.pipe(filter((event) => event.type === 'connecting')));
await conn.disconnect();
process.stdout.write(`disconnected from ${moment}\n`);
