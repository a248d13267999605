import { type ChannelInterface, Channel, connectivityState, credentials } from '@grpc/grpc-js';
import { expect } from 'chai';
import { filter, firstValueFrom } from 'rxjs';
import { createChannel } from '../../lib/transport/channel.js';
import { closeChannel, pooledSubchannelCount } from '../../lib/transport/grpc-internals.js';
import { parseConfig } from '../../lib/config/config.js';
import { connectivity$ } from '../../lib/transport/connectivity.js';
import { server, until } from '../support/live.js';
import { SilentPeer } from '../support/silent-peer.js';

function reachState(channel: ChannelInterface, state: connectivityState): Promise<unknown> {
  return firstValueFrom(connectivity$(channel).pipe(filter((s) => s === state)));
}

/** How a spec reaches a silent peer: in plain text, or waiting for a TLS handshake. */
const SECURITY = [
  { label: 'plain text', ssl: false },
  { label: 'TLS', ssl: true },
] as const;

/** A channel to a silent peer, as milvex makes it. */
function ourChannel(peer: SilentPeer, ssl: boolean): ChannelInterface {
  // The name keeps Node from warning about an IP address as TLS server name.
  return createChannel(parseConfig({ host: '127.0.0.1', port: peer.port, ...(ssl ? { tls: { serverName: 'milvus.test' } } : {}) }));
}

/** A channel to a silent peer as bare grpc-js makes it: the control. */
function bareChannel(peer: SilentPeer, ssl: boolean): ChannelInterface {
  const options = { 'grpc.use_local_subchannel_pool': 1, ...(ssl ? { 'grpc.ssl_target_name_override': 'milvus.test' } : {}) };
  return new Channel(`127.0.0.1:${peer.port}`, ssl ? credentials.createSsl() : credentials.createInsecure(), options);
}

describe('grpc-js internals: closeChannel', () => {
  const peers: SilentPeer[] = [];
  const silentPeer = async (): Promise<SilentPeer> => {
    const peer = await SilentPeer.start();
    peers.push(peer);
    return peer;
  };
  afterEach(async () => {
    await Promise.all(peers.splice(0).map((peer) => peer.stop()));
  });

  it('a channel closed in TRANSIENT_FAILURE never reconnects by itself', async () => {
    const [ourServer, controlServer] = await Promise.all([server(), server()]);
    await Promise.all([ourServer.kill(), controlServer.kill()]);
    const failedChannel = async (port: number, backoffMs: number): Promise<ChannelInterface> => {
      const config = parseConfig({ host: '127.0.0.1', port, channelOptions: { 'grpc.initial_reconnect_backoff_ms': backoffMs } });
      const channel = createChannel(config);
      const failed = reachState(channel, connectivityState.TRANSIENT_FAILURE);
      channel.getConnectivityState(true);
      await failed;
      return channel;
    };
    // Ours, closed by closeChannel, would reconnect after ~1 s if its timer were left running;
    // the control, closed by a bare close(), does reconnect after ~2 s: grpc-js's behaviour,
    // and the moment by which ours would have shown itself.
    const [ours, control] = await Promise.all([failedChannel(ourServer.port, 1000), failedChannel(controlServer.port, 2000)]);
    closeChannel(ours);
    control.close();
    await Promise.all([ourServer.restart(), controlServer.restart()]);
    while (controlServer.connectionsAccepted === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(ourServer.connectionsAccepted, 'connections made by the closed channel').to.equal(0);
  });

  it('a channel closed in the same turn as it started connecting never connects afterwards', async () => {
    const [ourServer, controlServer] = await Promise.all([server(), server()]);
    const startedThenClosed = (port: number, close: (channel: ChannelInterface) => void): ChannelInterface => {
      const channel = createChannel(parseConfig({ host: '127.0.0.1', port }));
      channel.getConnectivityState(true); // the IP address is handed over on a setImmediate
      close(channel);
      return channel;
    };
    const ours = startedThenClosed(ourServer.port, closeChannel);
    const control = startedThenClosed(controlServer.port, (channel) => channel.close());
    // grpc-js's late callback and the sweep after it have both run two turns later
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(pooledSubchannelCount(control), 'subchannels held by the control').to.equal(1);
    expect(pooledSubchannelCount(ours), 'subchannels held by ours').to.equal(0);
    // the control's orphan really connects and stays; ours holds no connection
    await until(() => controlServer.connectionsOpen === 1, "the control's orphan connection");
    await until(() => ourServer.connectionsOpen === 0, 'no connection of ours left open');
    closeChannel(control); // the sweep releases the control's orphan too
    await until(() => controlServer.connectionsOpen === 0, "the control's orphan released");
  });

  for (const { label, ssl } of SECURITY) {
    it(`a channel closed while connecting to a silent peer (${label}) closes its connection; bare close() leaves it open`, async () => {
      const [controlPeer, ourPeer] = await Promise.all([silentPeer(), silentPeer()]);
      const control = bareChannel(controlPeer, ssl);
      const ours = ourChannel(ourPeer, ssl);
      control.getConnectivityState(true);
      ours.getConnectivityState(true);
      const [controlConnection, ourConnection] = await Promise.all([controlPeer.nth(1), ourPeer.nth(1)]);
      // Past TCP: the HTTP/2 session (or the TLS handshake) waits for the peer's answer.
      await Promise.all([controlConnection.spoke, ourConnection.spoke]);
      control.close();
      closeChannel(ours);
      await ourConnection.closed;
      // Closed in the same turn as ours, the control's connection would have closed by now.
      expect(controlConnection.isClosed(), "the control's connection closed").to.equal(false);
    });

    it(`a channel closed in the turn it started connecting to a silent peer (${label}) closes the connection made afterwards`, async () => {
      const [controlPeer, ourPeer] = await Promise.all([silentPeer(), silentPeer()]);
      const control = bareChannel(controlPeer, ssl);
      const ours = ourChannel(ourPeer, ssl);
      control.getConnectivityState(true); // the IP address is handed over on a setImmediate
      ours.getConnectivityState(true);
      control.close();
      closeChannel(ours);
      const [controlConnection, ourConnection] = await Promise.all([controlPeer.nth(1), ourPeer.nth(1)]);
      await ourConnection.closed;
      expect(controlConnection.isClosed(), "the control's late connection closed").to.equal(false);
    });
  }
});
