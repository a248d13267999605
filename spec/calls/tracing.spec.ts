/**
 * The `milvex:call` TracingChannel: the events of conn.call and of bound clients, with
 * method, database, collection, attempts and outcome; nothing published without subscribers.
 */
import { tracingChannel } from 'node:diagnostics_channel';
import type { ServiceError } from '@grpc/grpc-js';
import { expect } from 'chai';
import { CALL_TRACING_CHANNEL, type CallTraceContext, callTracing } from '../../lib/calls/tracing.js';
import { GrpcError } from '../../lib/errors.js';
import { connect, rejection, server } from '../support/live.js';
import { loadClientClass } from '../support/milvus-client.js';

type Event = 'start' | 'end' | 'asyncStart' | 'asyncEnd' | 'error';

/** Records every event of the channel while `run` runs, as `event method` and the contexts seen. */
async function traced(run: () => Promise<unknown>): Promise<{ events: string[]; contexts: CallTraceContext[] }> {
  const channel = tracingChannel<object, CallTraceContext>(CALL_TRACING_CHANNEL);
  const events: string[] = [];
  const contexts: CallTraceContext[] = [];
  const on =
    (event: Event) =>
    (context: CallTraceContext): void => {
      events.push(`${event} ${context.method}`);
      if (!contexts.includes(context)) contexts.push(context);
    };
  const handlers = { start: on('start'), end: on('end'), asyncStart: on('asyncStart'), asyncEnd: on('asyncEnd'), error: on('error') };
  channel.subscribe(handlers);
  try {
    await run();
  } finally {
    channel.unsubscribe(handlers);
  }
  return { events, contexts };
}

describe('the milvex:call TracingChannel', () => {
  it('traces conn.call: start, end, then asyncStart, asyncEnd with attempts and outcome; error on failure', async () => {
    const milvus = await server();
    const conn = connect(milvus, { database: 'default' });
    await conn.firstConnected();
    const { events, contexts } = await traced(async () => {
      await conn.call('HasCollection', { collection_name: 'books' });
      await rejection(conn.call('DescribeCollection', { collection_name: 'books', db_name: 'default' }));
    });
    expect(events).to.deep.equal([
      'start HasCollection',
      'end HasCollection',
      'asyncStart HasCollection',
      'asyncEnd HasCollection',
      'start DescribeCollection',
      'end DescribeCollection',
      'error DescribeCollection',
      'asyncStart DescribeCollection',
      'asyncEnd DescribeCollection',
    ]);
    expect(contexts[0]).to.include({ method: 'HasCollection', database: 'default', collection: 'books', attempts: 1, outcome: 'ok' });
    expect(contexts[1]).to.include({ method: 'DescribeCollection', collection: 'books', attempts: 1, outcome: 'milvus_status' });
    expect(contexts[1]?.error).to.be.instanceOf(GrpcError);
  });

  it('counts the attempts of a call sent again, and traces bound clients', async function () {
    this.timeout(20_000);
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    const client = conn.client(loadClientClass()) as unknown as {
      CheckHealth(request: object, callback: (error: ServiceError | null) => void): void;
    };
    const { contexts } = await traced(async () => {
      const waiting = milvus.waitForCall('CheckHealth', { since: milvus.calls.length });
      const read = conn.call('CheckHealth', {}, { timeout: 15_000 });
      await waiting;
      milvus.dropConnections(); // after the call left: a read is sent again
      await read;
      await new Promise<void>((resolve, reject) => client.CheckHealth({}, (error) => (error === null ? resolve() : reject(error))));
    });
    expect(contexts.map((context) => [context.method, context.outcome])).to.deep.equal([
      ['CheckHealth', 'ok'],
      ['CheckHealth', 'ok'],
    ]);
    expect(contexts[0]?.attempts).to.equal(2);
    expect(contexts[1]?.attempts).to.equal(1);
  });

  it('builds no context while no one subscribes', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    const channel = callTracing;
    expect(channel.start.hasSubscribers).to.equal(false);
    // a call goes through without the channel: tracePromise is not called
    const tracePromise = channel.tracePromise.bind(channel);
    let traced = 0;
    channel.tracePromise = ((...args: Parameters<typeof tracePromise>) => {
      traced += 1;
      return tracePromise(...args);
    }) as typeof channel.tracePromise;
    try {
      await conn.call('CheckHealth', {});
    } finally {
      channel.tracePromise = tracePromise;
    }
    expect(traced).to.equal(0);
  });
});
