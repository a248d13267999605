/**
 * A TCP relay in front of the test server: the port users connect to. It lets the test
 * server break the network the ways real networks break: refuse (nothing listening), reset
 * (open connections destroyed), blackhole (connections stay open, bytes stop flowing) and
 * stall (TCP accepted, nothing ever answered).
 */
import { type AddressInfo, type Server, type Socket, connect, createServer } from 'node:net';

/**
 * How the relay treats connections: forward their bytes, hold them (blackhole), never reach
 * the server with new ones (stall), or reset new ones while open ones go on (refuse).
 */
export type RelayMode = 'pass' | 'blackhole' | 'stall' | 'refuse';

interface Pair {
  readonly client: Socket;
  upstream: Socket | undefined;
  /** The client sent FIN: resetting such a socket can leave Node unable to exit (Node 20). */
  clientEnded: boolean;
  readonly toUpstream: Buffer[];
  readonly toClient: Buffer[];
}

/** Forwards TCP connections from a public port to the gRPC server's private one. */
export class FaultRelay {
  #listener: Server | undefined;
  #mode: RelayMode = 'pass';
  readonly #pairs = new Set<Pair>();
  #accepted = 0;

  /** @param upstreamPort - where the gRPC server listens now; changes on restart */
  constructor(public upstreamPort: number) {}

  /** TCP connections accepted since the relay was made. */
  get accepted(): number {
    return this.#accepted;
  }

  /** TCP connections open now. */
  get open(): number {
    return this.#pairs.size;
  }

  /** Starts listening; port 0 picks a free one. */
  listen(port: number, host: string): Promise<number> {
    const listener = createServer((client) => this.#accept(client));
    this.#listener = listener;
    return new Promise((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(port, host, () => resolve((listener.address() as AddressInfo).port));
    });
  }

  /** Stops listening and resets every open connection, so clients see refused and reset. */
  async close(): Promise<void> {
    const listener = this.#listener;
    this.#listener = undefined;
    for (const pair of this.#pairs) this.#drop(pair, true);
    if (listener !== undefined) await new Promise<void>((resolve) => listener.close(() => resolve()));
  }

  /** Switches how connections are treated; back to `pass` delivers what was held. */
  setMode(mode: RelayMode): void {
    this.#mode = mode;
    if (!this.#flowing) return;
    for (const pair of this.#pairs) {
      if (pair.upstream === undefined) this.#connectUpstream(pair);
      else this.#flush(pair);
    }
  }

  /**
   * Resets up to `count` open connections, oldest first, as if their network path died.
   *
   * @returns how many were reset
   */
  drop(count: number): number {
    let dropped = 0;
    for (const pair of this.#pairs) {
      if (dropped >= count) break;
      this.#drop(pair, true);
      dropped += 1;
    }
    return dropped;
  }

  /** Whether bytes of open connections flow. */
  get #flowing(): boolean {
    return this.#mode === 'pass' || this.#mode === 'refuse';
  }

  #accept(client: Socket): void {
    this.#accepted += 1;
    if (this.#mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    const pair: Pair = { client, upstream: undefined, clientEnded: false, toUpstream: [], toClient: [] };
    this.#pairs.add(pair);
    client.setNoDelay(true);
    client.on('data', (chunk: Buffer) => {
      if (this.#flowing && pair.upstream?.readyState === 'open') pair.upstream.write(chunk);
      else pair.toUpstream.push(chunk);
    });
    client.on('end', () => (pair.clientEnded = true));
    client.on('error', () => this.#drop(pair, true));
    client.on('close', (hadError) => this.#drop(pair, hadError));
    if (this.#mode !== 'stall') this.#connectUpstream(pair);
  }

  #connectUpstream(pair: Pair): void {
    const upstream = connect(this.upstreamPort, '127.0.0.1');
    pair.upstream = upstream;
    upstream.setNoDelay(true);
    upstream.on('connect', () => this.#flush(pair));
    upstream.on('data', (chunk: Buffer) => {
      if (this.#flowing) pair.client.write(chunk);
      else pair.toClient.push(chunk);
    });
    upstream.on('error', () => this.#drop(pair, true));
    upstream.on('close', (hadError) => this.#drop(pair, hadError));
  }

  #flush(pair: Pair): void {
    if (!this.#flowing || pair.upstream?.readyState !== 'open') return;
    for (const chunk of pair.toUpstream.splice(0)) pair.upstream.write(chunk);
    for (const chunk of pair.toClient.splice(0)) pair.client.write(chunk);
  }

  /** Ends both sides: with a reset when `abrupt` (like a server process that died), else cleanly. */
  #drop(pair: Pair, abrupt: boolean): void {
    if (!this.#pairs.delete(pair)) return;
    for (const socket of [pair.client, pair.upstream]) {
      if (socket === undefined || socket.destroyed) continue;
      if (abrupt && socket === pair.client && !pair.clientEnded) socket.resetAndDestroy();
      else if (abrupt) socket.destroy();
      else socket.destroySoon();
    }
  }
}
