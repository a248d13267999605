import { Channel, connectivityState, credentials } from '@grpc/grpc-js';
import { expect } from 'chai';
import { filter, firstValueFrom, toArray } from 'rxjs';
import { connectivity$, isTransportLost } from '../../lib/transport/connectivity.js';
import { server } from '../support/live.js';

describe('connectivity$', () => {
  it('emits the current state, then every change, and completes on close', async () => {
    const milvus = await server();
    const channel = new Channel(milvus.address, credentials.createInsecure(), { 'grpc.use_local_subchannel_pool': 1 });
    const all = firstValueFrom(connectivity$(channel).pipe(toArray()));
    const ready = firstValueFrom(connectivity$(channel).pipe(filter((state) => state === connectivityState.READY)));
    channel.getConnectivityState(true);
    await ready;
    channel.close();
    expect(await all).to.deep.equal([connectivityState.IDLE, connectivityState.CONNECTING, connectivityState.READY, connectivityState.SHUTDOWN]);
  });

  it('stops following after unsubscribe', async () => {
    const milvus = await server();
    const channel = new Channel(milvus.address, credentials.createInsecure(), {});
    const seen: connectivityState[] = [];
    const subscription = connectivity$(channel).subscribe((state) => seen.push(state));
    subscription.unsubscribe();
    const ready = firstValueFrom(connectivity$(channel).pipe(filter((state) => state === connectivityState.READY)));
    channel.getConnectivityState(true);
    await ready;
    channel.close();
    expect(seen).to.deep.equal([connectivityState.IDLE]);
  });

  it('sees a killed server as READY -> IDLE', async () => {
    const milvus = await server();
    const channel = new Channel(milvus.address, credentials.createInsecure(), { 'grpc.use_local_subchannel_pool': 1 });
    const states = connectivity$(channel);
    const ready = firstValueFrom(states.pipe(filter((state) => state === connectivityState.READY)));
    channel.getConnectivityState(true);
    await ready;
    const idle = firstValueFrom(states.pipe(filter((state) => state !== connectivityState.READY)));
    await milvus.kill();
    expect(await idle).to.equal(connectivityState.IDLE);
    channel.close();
  });
});

describe('isTransportLost', () => {
  it('counts TRANSIENT_FAILURE and SHUTDOWN as lost', () => {
    expect(isTransportLost(connectivityState.TRANSIENT_FAILURE, 0, 1000)).to.equal(true);
    expect(isTransportLost(connectivityState.SHUTDOWN, 0, 1000)).to.equal(true);
  });

  it('counts IDLE as lost unless the channel may have gone idle', () => {
    expect(isTransportLost(connectivityState.IDLE, 999, 1000)).to.equal(true);
    expect(isTransportLost(connectivityState.IDLE, 1000, 1000)).to.equal(false);
  });

  it('never counts READY or CONNECTING as lost', () => {
    expect(isTransportLost(connectivityState.READY, 0, 1000)).to.equal(false);
    expect(isTransportLost(connectivityState.CONNECTING, 0, 1000)).to.equal(false);
  });
});
