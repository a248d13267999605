/**
 * A peer that accepts TCP connections, reads what arrives and never answers: no HTTP/2, no
 * TLS. A plain `node:net` server, so the specs see what any such peer would see, not what
 * milvex's own test server reports. Every wait is for a socket event.
 */
import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { filter, firstValueFrom, ReplaySubject } from 'rxjs';

/** One accepted connection, and whether its client has closed it. */
export interface PeerConnection {
  readonly socket: Socket;
  /** Resolves when the first bytes arrive: the client is then past TCP, waiting for an answer. */
  readonly spoke: Promise<void>;
  /** Resolves when the socket has closed. */
  readonly closed: Promise<void>;
  /** Whether the socket has closed. */
  readonly isClosed: () => boolean;
}

/** A silent peer on 127.0.0.1; `stop()` ends it and every connection it holds. */
export class SilentPeer {
  /** Every connection accepted, oldest first. */
  readonly connections: PeerConnection[] = [];
  /** The most connections that were open at once. */
  maxOpen = 0;
  readonly #accepted = new ReplaySubject<PeerConnection>();
  readonly #server: Server;

  private constructor(
    server: Server,
    readonly port: number,
  ) {
    this.#server = server;
    server.on('connection', (socket) => this.#accept(socket));
  }

  /** Starts one on a free port. */
  static async start(): Promise<SilentPeer> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return new SilentPeer(server, (server.address() as AddressInfo).port);
  }

  /** Connections open now. */
  get open(): number {
    return this.connections.filter((connection) => !connection.isClosed()).length;
  }

  /** Resolves with the `n`-th connection (from 1), waiting for it if it has not come yet. */
  nth(n: number): Promise<PeerConnection> {
    return firstValueFrom(this.#accepted.pipe(filter(() => this.connections.length >= n))).then(() => this.connections[n - 1] as PeerConnection);
  }

  /** Closes the listener and destroys every connection still open. */
  async stop(): Promise<void> {
    for (const { socket } of this.connections) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(socket: Socket): void {
    let closed = false;
    // Reading is what lets the peer see the client's FIN; it still never writes a byte.
    socket.resume();
    socket.on('error', () => undefined);
    const connection: PeerConnection = {
      socket,
      spoke: new Promise((resolve) => socket.once('data', () => resolve())),
      closed: new Promise((resolve) => socket.once('close', () => resolve())),
      isClosed: () => closed,
    };
    socket.once('close', () => (closed = true));
    this.connections.push(connection);
    this.maxOpen = Math.max(this.maxOpen, this.open);
    this.#accepted.next(connection);
  }
}
