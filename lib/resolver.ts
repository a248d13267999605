/**
 * A grpc-js name resolver for the `hosts` option, so that one channel holds every address
 * and grpc-js's load balancing (pick_first, round_robin) fails over or spreads among them.
 *
 * grpc-js resolves one name per channel (`dns:`) or a list of IP literals (`ipv4:`), not a
 * list of names; this resolver takes `milvex-hosts:///h1:19530,h2:19530`, looks every name
 * up (all its address records) and hands grpc-js one endpoint per address. It looks up
 * again whenever grpc-js asks (after a connection failure), so moved names are followed.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Metadata, experimental, status as grpcStatus } from '@grpc/grpc-js';
import { type HostAddress, hostAddresses, hostPort } from './hosts.js';

type Endpoint = experimental.Endpoint;
type GrpcUri = experimental.GrpcUri;
type ResolverListener = experimental.ResolverListener;

/** The URI scheme of `hosts` targets. */
export const HOSTS_SCHEME = 'milvex-hosts';

/** Looks a host name up: every address it has. */
export type HostLookup = (host: string) => Promise<readonly string[]>;

const lookupAll: HostLookup = async (host) => (await dnsLookup(host, { all: true })).map((entry) => entry.address);

/**
 * The channel target for a list of addresses.
 *
 * @param addresses - the `hosts` addresses
 * @returns `milvex-hosts:///h1:p1,h2:p2`
 */
export function hostsTarget(addresses: readonly HostAddress[]): string {
  return `${HOSTS_SCHEME}:///${addresses.map(hostPort).join(',')}`;
}

function addressesOfTarget(target: GrpcUri): HostAddress[] {
  // Entries were checked and given ports by the config; the port here is never used.
  return hostAddresses(target.path.split(','), 0);
}

async function endpointsOf(address: HostAddress, lookup: HostLookup): Promise<Endpoint[]> {
  const ips = isIP(address.host) === 0 ? await lookup(address.host) : [address.host];
  return ips.map((ip) => ({ addresses: [{ host: ip, port: address.port }] }));
}

/**
 * Resolves a `milvex-hosts:` target. Names that fail to resolve are left out while others
 * resolve; when none does, grpc-js is told UNAVAILABLE with every name's error.
 */
export class HostsResolver implements experimental.Resolver {
  readonly #addresses: readonly HostAddress[];
  readonly #listener: ResolverListener;
  readonly #lookup: HostLookup;
  /** Bumped by every request and by `destroy`, so only the latest lookup reports. */
  #generation = 0;

  /**
   * @param target - the parsed `milvex-hosts:` URI
   * @param listener - where grpc-js wants the result
   * @param _options - the channel options (unused)
   * @param lookup - how names are looked up; DNS by default (tests pass their own)
   */
  constructor(target: GrpcUri, listener: ResolverListener, _options: object, lookup: HostLookup = lookupAll) {
    this.#addresses = addressesOfTarget(target);
    this.#listener = listener;
    this.#lookup = lookup;
  }

  /** Looks every address up again and reports the endpoints (never synchronously). */
  updateResolution(): void {
    const generation = ++this.#generation;
    void Promise.allSettled(this.#addresses.map((address) => endpointsOf(address, this.#lookup))).then((results) => {
      if (generation !== this.#generation) return;
      const endpoints = results.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
      if (endpoints.length > 0) {
        this.#listener(experimental.statusOrFromValue(endpoints), {}, null, '');
        return;
      }
      const reasons = results.map((result, index) => {
        const reason = result.status === 'rejected' ? String((result.reason as Error).message ?? result.reason) : 'no address';
        return `${hostPort(this.#addresses[index] as HostAddress)}: ${reason}`;
      });
      const details = `no address of hosts resolved (${reasons.join('; ')})`;
      this.#listener(experimental.statusOrFromError({ code: grpcStatus.UNAVAILABLE, details, metadata: new Metadata() }), {}, null, details);
    });
  }

  /** Drops any lookup in flight. */
  destroy(): void {
    this.#generation += 1;
  }

  /** The authority of a `hosts` channel: its first address (TLS checks this name unless `tls.serverName`). */
  static getDefaultAuthority(target: GrpcUri): string {
    const [first] = addressesOfTarget(target);
    return first === undefined ? target.path : hostPort(first);
  }
}

experimental.registerResolver(HOSTS_SCHEME, HostsResolver);
