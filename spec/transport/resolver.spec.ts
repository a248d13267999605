import { experimental } from '@grpc/grpc-js';
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { HostsResolver, MIN_RESOLUTION_INTERVAL_OPTION, hostsTarget } from '../../lib/transport/resolver.js';
import { QUICK, server, track } from '../support/live.js';

type Report = { endpoints?: string[]; error?: string };

/** A resolver on a fake DNS, whose reports resolve `next()` one by one. */
function resolverFor(hosts: string[], records: Record<string, string[] | Error>, minIntervalMs = 0) {
  const reports: Report[] = [];
  const waiting: Array<(report: Report) => void> = [];
  const lookups: string[] = [];
  const listener: experimental.ResolverListener = (result) => {
    const report: Report = result.ok
      ? { endpoints: result.value.map((endpoint) => experimental.endpointToString(endpoint)) }
      : { error: result.error.details };
    reports.push(report);
    waiting.shift()?.(report);
    return true;
  };
  const lookup = (host: string): Promise<string[]> => {
    lookups.push(host);
    const answer = records[host];
    if (answer === undefined) return Promise.reject(new Error(`ENOTFOUND ${host}`));
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  const target = { scheme: 'milvex-hosts', path: hosts.join(',') };
  const resolver = new HostsResolver(target, listener, { [MIN_RESOLUTION_INTERVAL_OPTION]: minIntervalMs }, lookup);
  const next = (): Promise<Report> => new Promise((resolve) => waiting.push(resolve));
  return { resolver, reports, lookups, next };
}

describe('hosts resolver', () => {
  it('makes the target of a hosts list', () => {
    expect(hostsTarget(['a:1', '[::1]:2'])).to.equal('milvex-hosts:///a:1,[::1]:2');
  });

  it('reports one endpoint per address of every name, in order', async () => {
    const { resolver, next } = resolverFor(['proxies:19530', '10.0.0.9:19531'], { proxies: ['10.0.0.1', '10.0.0.2'] });
    resolver.updateResolution();
    expect(await next()).to.deep.equal({ endpoints: ['[10.0.0.1:19530]', '[10.0.0.2:19530]', '[10.0.0.9:19531]'] });
  });

  it('leaves out a name that fails while another resolves', async () => {
    const { resolver, next } = resolverFor(['gone:1', 'here:2'], { here: ['10.0.0.2'] });
    resolver.updateResolution();
    expect(await next()).to.deep.equal({ endpoints: ['[10.0.0.2:2]'] });
  });

  it('reports UNAVAILABLE naming every host when none resolves', async () => {
    const { resolver, next } = resolverFor(['gone:1', 'broken:2'], { broken: new Error('SERVFAIL') });
    resolver.updateResolution();
    const { error } = await next();
    expect(error).to.include('gone:1: ENOTFOUND gone').and.include('broken:2: SERVFAIL');
  });

  it('does not report an unchanged result again, and reports a change', async () => {
    const records: Record<string, string[]> = { proxies: ['10.0.0.1'] };
    const { resolver, reports, lookups, next } = resolverFor(['proxies:1'], records);
    resolver.updateResolution();
    await next();
    resolver.updateResolution();
    records['proxies'] = ['10.0.0.3'];
    // the second lookup answered the same as the first: no report; the third changed
    await new Promise(setImmediate);
    resolver.updateResolution();
    expect(await next()).to.deep.equal({ endpoints: ['[10.0.0.3:1]'] });
    expect(lookups).to.have.length(3);
    expect(reports).to.have.length(2);
  });

  it('spaces lookups by the minimum interval and drops a planned one on destroy', async () => {
    const { resolver, lookups, next } = resolverFor(['proxies:1'], { proxies: ['10.0.0.1'] }, 60_000);
    resolver.updateResolution();
    await next();
    resolver.updateResolution();
    resolver.updateResolution();
    expect(lookups).to.have.length(1);
    resolver.destroy(); // the planned lookup's timer is cleared, so nothing is left pending
    expect(lookups).to.have.length(1);
  });

  it('names the first address as the authority', () => {
    expect(HostsResolver.getDefaultAuthority({ scheme: 'milvex-hosts', path: 'a:1,b:2' })).to.equal('a:1');
  });

  it('connects a real channel through a name looked up by DNS (dns:localhost)', async () => {
    const milvus = await server();
    const conn = track(Connection.start({ hosts: [`dns:localhost:${milvus.port}`], ...QUICK }));
    expect((await conn.call('CheckHealth', {})).isHealthy).to.equal(true);
  });
});
