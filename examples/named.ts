/**
 * Named connections: start one under a name, then reach it from anywhere by that name.
 *
 * Run: npx tsx examples/named.ts http://localhost:19530
 */
import { Connection } from '../lib/index.js';

const uri = process.argv[2] ?? 'http://localhost:19530';
Connection.start(uri, { name: 'vectors' });

// Elsewhere in the application, only the name is needed.
const { config } = await Connection.getChannel('vectors', { timeout: 10_000 });
console.log(`"vectors" is ${Connection.isConnected('vectors') ? 'connected' : 'not connected'} to ${config.host}:${config.port}`);
console.log(`whereis("vectors") finds a ${Connection.whereis('vectors')?.constructor.name}`);
await Connection.disconnect('vectors');
console.log(`after disconnect, whereis("vectors") ${Connection.whereis('vectors') === undefined ? 'finds nothing' : 'still finds it'}`);
