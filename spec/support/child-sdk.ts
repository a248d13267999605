/**
 * Run as a child process by `sdk-bridge.spec.ts`: the official SDK over the persistent channel
 * of a connection to the port in argv[2] makes a few calls, a connectivity watch with a
 * deadline is left pending, then the SDK closes and the connection disconnects; the process
 * must then exit on its own.
 */
import { connectivityState } from '@grpc/grpc-js';
import { connectTo, sdkOver } from './sdk-bridge.js';

const target = { address: `127.0.0.1:${process.argv[2]}` };
const conn = connectTo(target);
await conn.firstConnected();
const sdk = sdkOver(conn, target);
await sdk.checkHealth();
await sdk.getVersion();
// A watch with a deadline holds a timer until it fires: disconnect() must fire it.
const watched = new Promise<string>((resolve) =>
  conn
    .persistentChannel()
    .watchConnectivityState(connectivityState.READY, Date.now() + 600_000, (error) => resolve(error === undefined ? 'changed' : error.message)),
);
await sdk.closeConnection();
await conn.disconnect();
process.stdout.write(`watch: ${await watched}; closed\n`);
