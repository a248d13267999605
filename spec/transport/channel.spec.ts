import { expect } from 'chai';
import { channelOptionsOf, targetOf } from '../../lib/transport/channel.js';
import { parseConfig } from '../../lib/config/config.js';

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
});
