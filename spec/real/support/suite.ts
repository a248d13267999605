/**
 * One describe block per real server kind, the server started once for the block and stopped
 * after it, with the process table checked: no process of a server started here may outlive
 * its suite. `MILVEX_REAL=lite` (or `standalone`) runs one kind only.
 */
import { expect } from 'chai';
import {
  REAL_SERVER_KINDS,
  type RealServer,
  type RealServerKind,
  type RealServerOptions,
  leftoverProcesses,
  startRealServer,
} from './real-server.js';

/** The kinds this run covers. */
export function realKinds(): readonly RealServerKind[] {
  const only = process.env['MILVEX_REAL'];
  return only === undefined || only === '' ? REAL_SERVER_KINDS : REAL_SERVER_KINDS.filter((kind) => kind === only);
}

/** How long a real server may take to start in a `before` hook (the Go server unpacks and recovers). */
export const START_TIMEOUT_MS = 200_000;

/**
 * Declares `title (kind)` for each real server kind, with the server running for its specs.
 *
 * @param title - what the block proves
 * @param body - declares the specs; `server()` is the running server
 * @param options - how to start the server, per kind
 * @param kinds - the kinds it applies to (all by default)
 */
export function eachRealServer(
  title: string,
  body: (server: () => RealServer, kind: RealServerKind) => void,
  options: (kind: RealServerKind) => RealServerOptions = () => ({}),
  kinds: readonly RealServerKind[] = REAL_SERVER_KINDS,
): void {
  for (const kind of realKinds().filter((k) => kinds.includes(k))) {
    describe(`${title} (${kind})`, function () {
      let running: RealServer | undefined;
      before(async function () {
        this.timeout(START_TIMEOUT_MS);
        running = await startRealServer(kind, options(kind));
      });
      after(async function () {
        this.timeout(60_000);
        await running?.stop();
        expect(leftoverProcesses(), 'server processes left in the process table').to.deep.equal([]);
      });
      body(() => {
        if (running === undefined) throw new Error(`${kind} did not start`);
        return running;
      }, kind);
    });
  }
}
