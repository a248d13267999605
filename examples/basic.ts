/**
 * The seed usage: start a connection, get its channel, check it is connected, disconnect.
 *
 * Run: npx tsx examples/basic.ts http://localhost:19530
 */
import { Connection } from '../lib/index.js';

const uri = process.argv[2] ?? 'http://localhost:19530';
const conn = Connection.start(uri);
const { channel, config } = await conn.getChannel({ timeout: 10_000 });
console.log(`connected to ${config.host}:${config.port} (channel target ${channel.getTarget()})`);
console.log(`connected? ${conn.isConnected()}; server ${conn.serverInfo?.build_tags ?? 'unknown'}`);
await conn.disconnect();
console.log(`state after disconnect: ${conn.state}`);
