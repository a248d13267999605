/**
 * A reactive status line driven by `state$`: what a UI would bind to. Prints each state
 * change with a symbol, and the retry delays from `events$`, for the given number of
 * seconds (default 3), then disconnects.
 *
 * Run: npx tsx examples/status-line.ts http://localhost:19530 3
 */
import { map } from 'rxjs';
import { Connection, type ConnectionState } from '../lib/index.js';

const uri = process.argv[2] ?? 'http://localhost:19530';
const seconds = Number(process.argv[3] ?? 3);
const SYMBOL: Record<ConnectionState, string> = { connecting: '…', connected: '●', reconnecting: '↻', closed: '○' };

const conn = Connection.start(uri);
conn.state$.pipe(map((state) => `${SYMBOL[state]} milvus ${state}`)).subscribe((line) => console.log(line));
conn.events$.subscribe((event) => {
  if (event.type === 'retry') console.log(`  retrying in ${event.delayMs} ms`);
});
setTimeout(() => void conn.disconnect(), seconds * 1000);
