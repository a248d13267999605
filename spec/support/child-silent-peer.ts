/**
 * Run as a child process by `silent-peer.spec.ts`: connects over TLS to the silent peer on
 * the port in argv[2], lets two attempts end by `connectTimeout`, disconnects while the
 * third waits for its handshake, and then must exit on its own.
 */
import { filter, firstValueFrom } from 'rxjs';
import { Connection } from '../../lib/connection/connection.js';

const port = Number(process.argv[2]);
const conn = Connection.start({
  host: '127.0.0.1',
  port,
  tls: { serverName: 'milvus.test' },
  connectTimeout: 200,
  reconnectBaseDelay: 100,
  reconnectMultiplier: 1,
});
await firstValueFrom(conn.events$.pipe(filter((event) => event.type === 'connecting' && event.attempt >= 3)));
await conn.disconnect();
process.stdout.write('disconnected\n');
