import { type ChannelInterface, connectivityState } from '@grpc/grpc-js';
import { expect } from 'chai';
import { filter, firstValueFrom } from 'rxjs';
import { channelOptionsOf, closeChannel, createChannel, targetOf } from '../lib/channel.js';
import { parseConfig } from '../lib/config.js';
import { connectivity$ } from '../lib/connectivity.js';
import { server } from './support/live.js';

function reachState(channel: ChannelInterface, state: connectivityState): Promise<unknown> {
  return firstValueFrom(connectivity$(channel).pipe(filter((s) => s === state)));
}

describe('channel', () => {
  it('sets keepalive, no receive limit, no channelz, a local subchannel pool, user options last', () => {
    const options = channelOptionsOf(
      parseConfig({ keepaliveTime: 7000, keepaliveTimeout: 2000, channelOptions: { 'grpc.enable_channelz': 1, 'grpc.primary_user_agent': 'app' } }),
    );
    expect(options).to.include({
      'grpc.keepalive_time_ms': 7000,
      'grpc.keepalive_timeout_ms': 2000,
      'grpc.keepalive_permit_without_calls': 1,
      'grpc.max_receive_message_length': -1,
      'grpc.use_local_subchannel_pool': 1,
      'grpc.enable_channelz': 1,
      'grpc.primary_user_agent': 'app',
    });
  });

  it('overrides the TLS server name when asked', () => {
    const options = channelOptionsOf(parseConfig({ tls: { serverName: 'milvus.internal' } }));
    expect(options).to.include({ 'grpc.ssl_target_name_override': 'milvus.internal', 'grpc.default_authority': 'milvus.internal' });
  });

  it('brackets IPv6 targets', () => {
    expect(targetOf({ host: '::1', port: 19530 })).to.equal('[::1]:19530');
    expect(targetOf({ host: 'milvus', port: 1 })).to.equal('milvus:1');
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
});
