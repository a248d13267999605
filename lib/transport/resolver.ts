/**
 * A grpc-js name resolver for the `hosts` option, so that one channel holds every address
 * and grpc-js's load balancing (pick_first, round_robin) fails over or spreads among them.
 *
 * grpc-js resolves one name per channel (`dns:`) or a list of IP literals (`ipv4:`), not a
 * list of names; this resolver takes `milvex-hosts:///h1:19530,h2:19530`, looks every name
 * up (all its address records) and hands grpc-js one endpoint per address. It looks up
 * again when grpc-js asks (after a connection failure), so moved names are followed.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Metadata, experimental, status as grpcStatus } from '@grpc/grpc-js';
import { type HostAddress, hostAddresses, hostPort } from '../config/hosts.js';

type Endpoint = experimental.Endpoint;
type GrpcUri = experimental.GrpcUri;
type ResolverListener = experimental.ResolverListener;

/** The URI scheme of `hosts` targets. */
export const HOSTS_SCHEME = 'milvex-hosts';

/** Looks a host name up: every address it has. */
export type HostLookup = (host: string) => Promise<readonly string[]>;

const lookupAll: HostLookup = async (host) => (await dnsLookup(host, { all: true })).map((entry) => entry.address);

/**
 * The channel target for a `hosts` list.
 *
 * @param hosts - the config's `hosts`: every entry `host:port`, as `parseConfig` writes them
 * @returns `milvex-hosts:///h1:p1,h2:p2`
 */
export function hostsTarget(hosts: readonly string[]): string {
  return `${HOSTS_SCHEME}:///${hosts.join(',')}`;
}

function addressesOfTarget(target: GrpcUri): HostAddress[] {
  // Entries were checked and given ports by the config; the port here is never used.
  return hostAddresses(target.path.split(','), 0);
}

async function endpointsOf(address: HostAddress, lookup: HostLookup): Promise<Endpoint[]> {
  const ips = isIP(address.host) === 0 ? await lookup(address.host) : [address.host];
  return ips.map((ip) => ({ addresses: [{ host: ip, port: address.port }] }));
}

/** The channel option bounding how often names are looked up again (grpc-js's own name for it). */
export const MIN_RESOLUTION_INTERVAL_OPTION = 'grpc.dns_min_time_between_resolutions_ms';

/** The bound when the channel options set none, as grpc-js's DNS resolver has it. */
const DEFAULT_MIN_RESOLUTION_INTERVAL_MS = 30_000;

/**
 * Resolves a `milvex-hosts:` target. Names that fail to resolve are left out while others
 * resolve; when none does, grpc-js is told UNAVAILABLE with every name's error.
 *
 * grpc-js asks again after every failed connection attempt; answering each time, and at
 * once, would rebuild the load balancer's subchannels in a loop that never yields to I/O.
 * So lookups are spaced by {@link MIN_RESOLUTION_INTERVAL_OPTION}, and a result equal to
 * the last one is not reported again.
 */
export class HostsResolver implements experimental.Resolver {
  readonly #addresses: readonly HostAddress[];
  readonly #listener: ResolverListener;
  readonly #lookup: HostLookup;
  readonly #minIntervalMs: number;
  /** Bumped by every lookup and by `destroy`, so only the latest lookup reports. */
  #generation = 0;
  #lastLookupAt: number | undefined;
  #delayed: NodeJS.Timeout | undefined;
  /** The endpoints last reported, to report only changes. */
  #reported: string | undefined;

  /**
   * @param target - the parsed `milvex-hosts:` URI
   * @param listener - where grpc-js wants the result
   * @param options - the channel options: {@link MIN_RESOLUTION_INTERVAL_OPTION}
   * @param lookup - how names are looked up; DNS by default (tests pass their own)
   */
  constructor(target: GrpcUri, listener: ResolverListener, options: Record<string, unknown>, lookup: HostLookup = lookupAll) {
    this.#addresses = addressesOfTarget(target);
    this.#listener = listener;
    this.#lookup = lookup;
    const interval = options[MIN_RESOLUTION_INTERVAL_OPTION];
    this.#minIntervalMs = typeof interval === 'number' ? interval : DEFAULT_MIN_RESOLUTION_INTERVAL_MS;
  }

  /** Looks every address up again (at once, or when the minimum interval allows) and reports changes. */
  updateResolution(): void {
    if (this.#delayed !== undefined) return;
    const waitMs = this.#lastLookupAt === undefined ? 0 : this.#lastLookupAt + this.#minIntervalMs - Date.now();
    if (waitMs <= 0) {
      this.#resolve();
      return;
    }
    this.#delayed = setTimeout(() => {
      this.#delayed = undefined;
      this.#resolve();
    }, waitMs);
    // A pending re-lookup must not keep the process alive.
    this.#delayed.unref();
  }

  /** Drops any lookup in flight or planned. */
  destroy(): void {
    this.#generation += 1;
    clearTimeout(this.#delayed);
    this.#delayed = undefined;
    this.#reported = undefined;
  }

  #resolve(): void {
    const generation = ++this.#generation;
    this.#lastLookupAt = Date.now();
    void Promise.allSettled(this.#addresses.map((address) => endpointsOf(address, this.#lookup))).then((results) => {
      if (generation !== this.#generation) return;
      const endpoints = results.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
      if (endpoints.length > 0) {
        const key = JSON.stringify(endpoints);
        if (key === this.#reported) return;
        this.#reported = key;
        this.#listener(experimental.statusOrFromValue(endpoints), {}, null, '');
        return;
      }
      this.#reported = undefined;
      const reasons = results.map((result, index) => {
        const reason = result.status === 'rejected' ? String((result.reason as Error).message ?? result.reason) : 'no address';
        return `${hostPort(this.#addresses[index] as HostAddress)}: ${reason}`;
      });
      const details = `no address of hosts resolved (${reasons.join('; ')})`;
      this.#listener(experimental.statusOrFromError({ code: grpcStatus.UNAVAILABLE, details, metadata: new Metadata() }), {}, null, details);
    });
  }

  /** The authority of a `hosts` channel: its first address (TLS checks this name unless `tls.serverName`). */
  static getDefaultAuthority(target: GrpcUri): string {
    // Entries are `host:port` already (see hostsTarget).
    return target.path.split(',')[0] ?? target.path;
  }
}

experimental.registerResolver(HOSTS_SCHEME, HostsResolver);
