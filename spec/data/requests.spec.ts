/**
 * What the data methods send, seen through a fake `conn.call`: search parameters and
 * consistency levels as Milvus names them, the call options passed through untouched, every
 * request through the caller (the one call path), and an iterator's call in flight aborted on
 * unsubscribe.
 */
import { expect } from 'chai';
import { VirtualTimeScheduler, asapScheduler } from 'rxjs';
import { type Caller, type CallOptions, Collection, ConnectionError, type DataContext, InvalidError, field, schema } from '../../lib/index.js';
import { LoadState } from '../../lib/protocol/generated/milvus/proto/common/LoadState.js';
import { decodePlaceholderGroup } from '../../lib/protocol/codec.js';
import { milvusMethod } from '../../lib/protocol/proto.js';
import { wireCodecOf } from '../../lib/protocol/wire-codec.js';

interface Sent {
  readonly method: string;
  readonly request: Record<string, unknown>;
  readonly options: CallOptions | undefined;
}

/** A context whose `call` records each call and answers with `reply(method)`. */
function fake(reply: (method: string, options: CallOptions | undefined) => Promise<object>): { context: DataContext; sent: Sent[] } {
  const sent: Sent[] = [];
  const call = ((method: string, request: Record<string, unknown>, options?: CallOptions) => {
    sent.push({ method, request, options });
    return reply(method, options);
  }) as unknown as Caller;
  return { context: { call, scheduler: asapScheduler, timeout: 1000 }, sent };
}

/**
 * {@link fake} on virtual time: the pauses between polls pass at once (the scheduler is
 * flushed after each call has been answered and the pause scheduled), `now()` counting them.
 */
function fakeOnVirtualTime(reply: (method: string) => object): { context: DataContext; sent: Sent[]; clock: VirtualTimeScheduler } {
  const clock = new VirtualTimeScheduler();
  const { context, sent } = fake((method) => {
    setImmediate(() => clock.flush());
    return Promise.resolve(reply(method));
  });
  return { context: { ...context, scheduler: clock }, sent, clock };
}

const Docs = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: 2 }), kind: field.varchar({ maxLength: 8 }) });
const noHits = { status: { code: 0 }, results: { num_queries: '1', topks: ['0'], ids: { int_id: { data: [] } }, scores: [], fields_data: [] } };

const params = (request: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries((request['search_params'] as Array<{ key: string; value: string }>).map(({ key, value }) => [key, value]));

describe('data API: the requests it sends', () => {
  it('search grouped by a field, answered without groups (a server that ignores group_by_field): InvalidError naming the option', async () => {
    const plain = { ...noHits, results: { ...noHits.results, topks: ['1'], ids: { int_id: { data: ['7'] } }, scores: [0.5] } };
    const { context } = fake(() => Promise.resolve(plain));
    const docs = new Collection(context, 'docs', Docs, true);
    const error: unknown = await docs.search([1, 2], { limit: 3, params: { group_by_field: 'kind' } }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(InvalidError);
    expect(error).to.include({ field: 'params.group_by_field' });
    expect((error as Error).message).to.contain('the server answered without groups');
    // Not grouped, the same reply is a plain hit.
    expect((await docs.search([1, 2], { limit: 3 })).map((hit) => hit.id)).to.deep.equal([7n]);
    // Groups sent as the one column of group_by_field_values (where newer Milvus may keep them) are read from there.
    const inList = {
      ...plain,
      results: {
        ...plain.results,
        group_by_field_values: [{ field_name: 'kind', type: 21, valid_data: [], scalars: { data: 'string_data', string_data: { data: ['a'] } } }],
      },
    };
    const listed = new Collection(fake(() => Promise.resolve(inList)).context, 'docs', Docs, true);
    expect((await listed.search([1, 2], { limit: 3, params: { group_by_field: 'kind' } })).map((hit) => [hit.id, hit.group])).to.deep.equal([
      [7n, 'a'],
    ]);
    // Grouped with no hits at all, there is nothing to group: an empty list.
    expect(
      await new Collection(fake(() => Promise.resolve(noHits)).context, 'docs', Docs, true).search([1, 2], {
        limit: 3,
        params: { group_by_field: 'kind' },
      }),
    ).to.deep.equal([]);
  });

  it('search: ef, nprobe, radius and range_filter inside params, group_by_field beside them, consistency as its number', async () => {
    const { context, sent } = fake(() => Promise.resolve(noHits));
    const docs = new Collection(context, 'docs', Docs, true);
    await docs.search(Float32Array.from([1, 2]), {
      limit: 5,
      offset: 2,
      metric: 'IP',
      filter: 'kind == "a"',
      params: { ef: 64, nprobe: 8, radius: 0.2, range_filter: 0.9, group_by_field: 'kind', group_size: 2 },
      consistency: 'Session',
      partition: ['p1', 'p2'],
      outputFields: ['kind'],
    });
    const [search] = sent;
    expect(search?.method).to.equal('Search');
    // The request is bytes already, written by the data layer: what goes on the wire, read back.
    const codec = wireCodecOf(search?.request ?? {});
    const request = milvusMethod('Search')?.requestDeserialize(codec?.serialize(search?.request ?? {}) as Buffer) as Record<string, unknown>;
    expect(params(request)).to.deep.equal({
      anns_field: 'v',
      topk: '5',
      params: JSON.stringify({ ef: 64, nprobe: 8, radius: 0.2, range_filter: 0.9 }),
      group_by_field: 'kind',
      group_size: '2',
      metric_type: 'IP',
      offset: '2',
    });
    expect(request).to.include({
      collection_name: 'docs',
      dsl: 'kind == "a"',
      dsl_type: 1,
      nq: '1',
      consistency_level: 1,
      use_default_consistency: false,
    });
    expect(request['partition_names']).to.deep.equal(['p1', 'p2']);
    expect(request['output_fields']).to.deep.equal(['kind']);
    const group = decodePlaceholderGroup(request['placeholder_group'] as Buffer);
    expect(group.placeholders[0]?.type).to.equal(101);
    expect([...(group.placeholders[0]?.values[0] ?? [])]).to.deep.equal([...Buffer.from(Float32Array.from([1, 2]).buffer)]);
  });

  it('passes its call options to every call it makes, its own options taken out', async () => {
    const { context, sent } = fake((method) =>
      Promise.resolve(method === 'Insert' ? { status: { code: 0 }, insert_cnt: '1', IDs: { id_field: 'int_id', int_id: { data: ['1'] } } } : noHits),
    );
    const docs = new Collection(context, 'docs', Docs, true);
    const signal = new AbortController().signal;
    const options = { timeout: 1234, signal, idempotencyKey: 'batch-1' } as CallOptions;
    expect(await docs.insert([{ id: 1, v: [0, 0], kind: 'a' }], { partition: 'p', ...options })).to.deep.equal({ ids: [1n], count: 1 });
    await docs.search([1, 1], { limit: 1, ...options });
    expect(sent.map((call) => call.options)).to.deep.equal([options, options]);
    expect(sent[0]?.request['partition_name']).to.equal('p');
  });

  it('load: polls the load state until loaded; one that does not finish in time rejects in its own words, not as a connection failure', async () => {
    let polls = 0;
    const loaded = fakeOnVirtualTime((method) =>
      method === 'GetLoadState'
        ? { status: { code: 0 }, state: (polls += 1) < 3 ? LoadState.LoadStateLoading : LoadState.LoadStateLoaded }
        : { code: 0 },
    );
    await new Collection(loaded.context, 'docs', Docs, true).load();
    expect(loaded.sent.map((call) => call.method)).to.deep.equal(['LoadCollection', 'GetLoadState', 'GetLoadState', 'GetLoadState']);

    const stuck = fakeOnVirtualTime((method) =>
      method === 'GetLoadState' ? { status: { code: 0 }, state: LoadState.LoadStateLoading } : { code: 0 },
    );
    const error = await new Collection(stuck.context, 'docs', Docs, true).load({ timeout: 1000 }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ConnectionError).and.include({ reason: 'timeout', retriable: true });
    expect((error as Error).message).to.match(/^Collection "docs" was not loaded within 1000 ms; the server goes on with it/);
    // Polled at 0, 50, 150, 350 and 750 ms: the next pause (800 ms) would end past the timeout.
    expect(stuck.sent.filter((call) => call.method === 'GetLoadState')).to.have.length(5);
    expect(stuck.clock.now()).to.equal(750);
  });

  it('flush: waits until the segments it sealed are flushed (GetFlushState on them, up to its timestamp), or not with wait: false', async () => {
    let polls = 0;
    const flushReply = { status: { code: 0 }, coll_segIDs: { docs: { data: ['11', '12'] } }, coll_flush_ts: { docs: '4242' } };
    const { context, sent } = fakeOnVirtualTime((method) => (method === 'Flush' ? flushReply : { status: { code: 0 }, flushed: (polls += 1) === 2 }));
    const docs = new Collection(context, 'docs', Docs, true);
    await docs.flush({ timeout: 5000 });
    expect(sent.map((call) => call.method)).to.deep.equal(['Flush', 'GetFlushState', 'GetFlushState']);
    expect(sent[0]?.request).to.deep.equal({ collection_names: ['docs'] });
    expect(sent[1]?.request).to.deep.equal({ segmentIDs: ['11', '12'], collection_name: 'docs', flush_ts: '4242' });
    expect(sent.map((call) => call.options)).to.deep.equal([{ timeout: 5000 }, { timeout: 5000 }, { timeout: 5000 }]);
    await docs.flush({ wait: false });
    expect(sent.map((call) => call.method).slice(3)).to.deep.equal(['Flush']);
  });

  it('iterate$: unsubscribing aborts the call in flight and makes no other', async () => {
    const page = (ids: number[]) => ({
      status: { code: 0 },
      fields_data: [{ field_name: 'id', type: 5, valid_data: [], scalars: { data: 'long_data', long_data: { data: ids.map(String) } } }],
    });
    let signalOfSecond: AbortSignal | undefined;
    const { context, sent } = fake((_method, options) => {
      if (sent.length === 1) return Promise.resolve(page([1, 2]));
      signalOfSecond = options?.signal;
      // The second page never comes: it is in flight until aborted.
      return new Promise((_resolve, reject) => options?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    });
    const docs = new Collection(context, 'docs', Docs, true);
    const batches: unknown[] = [];
    const subscription = docs.iterate$({ batchSize: 2, outputFields: ['id'] }).subscribe({ next: (batch) => batches.push(batch) });
    while (sent.length < 2) await new Promise((resolve) => setImmediate(resolve));
    expect(signalOfSecond?.aborted).to.equal(false);
    subscription.unsubscribe();
    expect(signalOfSecond?.aborted).to.equal(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent.map((call) => call.method)).to.deep.equal(['Query', 'Query']);
    expect(sent[1]?.request['expr']).to.equal('id > 2');
    expect(batches).to.deep.equal([[{ id: 1n }, { id: 2n }]]);
  });
});
