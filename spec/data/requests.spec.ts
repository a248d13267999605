/**
 * What the data methods send, seen through a fake `conn.call`: search parameters and
 * consistency levels as Milvus names them, the call options passed through untouched, every
 * request through the caller (the one call path), and an iterator's call in flight aborted on
 * unsubscribe.
 */
import { expect } from 'chai';
import { asapScheduler } from 'rxjs';
import { type Caller, type CallOptions, Collection, type DataContext, field, schema } from '../../lib/index.js';
import { decodePlaceholderGroup } from '../../lib/protocol/codec.js';
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

const Docs = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: 2 }), kind: field.varchar({ maxLength: 8 }) });
const noHits = { status: { code: 0 }, results: { num_queries: '1', topks: ['0'], ids: { int_id: { data: [] } }, scores: [], fields_data: [] } };

const params = (request: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries((request['search_params'] as Array<{ key: string; value: string }>).map(({ key, value }) => [key, value]));

describe('data API: the requests it sends', () => {
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
    });
    const [search] = sent;
    expect(search?.method).to.equal('Search');
    expect(params(search?.request ?? {})).to.deep.equal({
      anns_field: 'v',
      topk: '5',
      params: JSON.stringify({ ef: 64, nprobe: 8, radius: 0.2, range_filter: 0.9 }),
      group_by_field: 'kind',
      group_size: '2',
      metric_type: 'IP',
      offset: '2',
    });
    expect(search?.request).to.include({ dsl: 'kind == "a"', dsl_type: 1, nq: 1, consistency_level: 1, use_default_consistency: false });
    expect(search?.request['partition_names']).to.deep.equal(['p1', 'p2']);
    const group = decodePlaceholderGroup(search?.request['placeholder_group'] as Buffer);
    expect(group.placeholders[0]?.type).to.equal(101);
    expect([...(group.placeholders[0]?.values[0] ?? [])]).to.deep.equal([...Buffer.from(Float32Array.from([1, 2]).buffer)]);
    // The request carries the vector codec, and the call path sends it as it is.
    expect(wireCodecOf(search?.request ?? {})).to.not.equal(undefined);
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
