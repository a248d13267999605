/**
 * The same work as `vectors.ts`, through the raw protocol: `conn.call` with MilvusService
 * requests as `proto/` defines them (columns, `type_params` as strings, the placeholder group
 * as bytes). Every method of the protocol is there, typed; the data API covers the common ones.
 *
 * Run: npx tsx examples/raw-call.ts http://localhost:19530
 */
import { Connection, DataType, encodeCollectionSchema, encodeFloatVectors } from '../lib/index.js';

const uri = process.argv[2] ?? 'http://localhost:19530';
const collection = `milvex_raw_example_${process.pid}`;
const dim = 8;
const rows = 1000;

/** A deterministic vector for row `n`, so that the search below has a known nearest row. */
const vectorOf = (n: number): number[] => Array.from({ length: dim }, (_, i) => Math.sin(n * 0.37 + i));

await using conn = Connection.start(uri);
await conn.firstConnected({ timeout: 10_000 });

await conn.call('CreateCollection', {
  collection_name: collection,
  schema: encodeCollectionSchema({
    name: collection,
    fields: [
      { name: 'id', data_type: DataType.Int64, is_primary_key: true },
      { name: 'embedding', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: String(dim) }] },
      { name: 'title', data_type: DataType.VarChar, type_params: [{ key: 'max_length', value: '64' }] },
    ],
  }),
});

const ids = Array.from({ length: rows }, (_, n) => n);
const inserted = await conn.call('Insert', {
  collection_name: collection,
  num_rows: rows,
  fields_data: [
    { field_name: 'id', type: DataType.Int64, scalars: { long_data: { data: ids } } },
    { field_name: 'embedding', type: DataType.FloatVector, vectors: { dim, float_vector: { data: ids.flatMap(vectorOf) } } },
    { field_name: 'title', type: DataType.VarChar, scalars: { string_data: { data: ids.map((n) => `row ${n}`) } } },
  ],
});
console.log(`inserted ${inserted.insert_cnt} rows`);

await conn.call('Flush', { collection_names: [collection] });
await conn.call('CreateIndex', {
  collection_name: collection,
  field_name: 'embedding',
  extra_params: [
    { key: 'index_type', value: 'AUTOINDEX' },
    { key: 'metric_type', value: 'L2' },
  ],
});
await conn.call('LoadCollection', { collection_name: collection });

const found = await conn.call('Search', {
  collection_name: collection,
  dsl_type: 1, // BoolExprV1: `dsl` is a filter expression (empty: none)
  dsl: '',
  placeholder_group: encodeFloatVectors([vectorOf(42)]),
  nq: 1,
  output_fields: ['title'],
  search_params: [
    { key: 'anns_field', value: 'embedding' },
    { key: 'topk', value: '3' },
    { key: 'metric_type', value: 'L2' },
    { key: 'params', value: '{}' },
  ],
});
console.log(`nearest to row 42: ${found.results?.ids?.int_id?.data.join(', ')}`);

const queried = await conn.call('Query', { collection_name: collection, expr: 'id < 3', output_fields: ['id', 'title'] });
const titles = queried.fields_data.find((field) => field.field_name === 'title')?.scalars?.string_data?.data ?? [];
console.log(`query id < 3: ${titles.join(', ')}`);

await conn.call('DropCollection', { collection_name: collection });
console.log(`dropped ${collection}`);
