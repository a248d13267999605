/**
 * The requests the real-server specs send through `conn.call`, built as a caller of the
 * protocol builds them today (see `examples/vectors.ts`): a collection of `id` (Int64 primary
 * key), `v` (FloatVector) and `tag` (VarChar), rows with known vectors, index, load, count.
 */
import type { Connection } from '../../../lib/connection/connection.js';
import { DataType } from '../../../lib/protocol/generated/milvus/proto/schema/DataType.js';
import { encodeCollectionSchema, encodeFloatVectors } from '../../../lib/protocol/codec.js';

/** The vector of row `id`: deterministic, so that a search has a known nearest row. */
export function vectorOf(id: number, dim: number): number[] {
  return Array.from({ length: dim }, (_, i) => Math.sin(id * 0.37 + i));
}

/** Creates `name` with `id`, `v` (of `dim`) and `tag`. */
export async function createCollection(conn: Connection, name: string, dim: number): Promise<void> {
  await conn.call('CreateCollection', {
    collection_name: name,
    schema: encodeCollectionSchema({
      name,
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'v', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: String(dim) }] },
        { name: 'tag', data_type: DataType.VarChar, type_params: [{ key: 'max_length', value: '64' }] },
      ],
    }),
  });
}

/** The Insert request of rows `ids` (tag `t<id % 3>`), vectors of `vectorDim` (the collection's dim unless a mismatch is meant). */
export function insertRequest(name: string, ids: readonly number[], vectorDim: number) {
  return {
    collection_name: name,
    num_rows: ids.length,
    fields_data: [
      { field_name: 'id', type: DataType.Int64, scalars: { long_data: { data: [...ids] } } },
      {
        field_name: 'v',
        type: DataType.FloatVector,
        vectors: { dim: vectorDim, float_vector: { data: ids.flatMap((id) => vectorOf(id, vectorDim)) } },
      },
      { field_name: 'tag', type: DataType.VarChar, scalars: { string_data: { data: ids.map((id) => `t${id % 3}`) } } },
    ],
  };
}

/** Builds the L2 index on `v` and loads the collection. */
export async function indexAndLoad(conn: Connection, name: string): Promise<void> {
  await conn.call('Flush', { collection_names: [name] });
  await conn.call('CreateIndex', {
    collection_name: name,
    field_name: 'v',
    extra_params: [
      { key: 'index_type', value: 'AUTOINDEX' },
      { key: 'metric_type', value: 'L2' },
    ],
  });
  await conn.call('LoadCollection', { collection_name: name });
}

/** The Search request: `topk` nearest to `vector` under `filter`, with `tag`. */
export function searchRequest(name: string, vector: readonly number[], topk: number, filter = '') {
  return {
    collection_name: name,
    dsl_type: 1 as const,
    dsl: filter,
    placeholder_group: encodeFloatVectors([vector]),
    nq: 1,
    output_fields: ['tag'],
    search_params: [
      { key: 'anns_field', value: 'v' },
      { key: 'topk', value: String(topk) },
      { key: 'metric_type', value: 'L2' },
      { key: 'params', value: '{}' },
    ],
  };
}

/** `count(*)` of the rows matching `filter` (strong consistency: every acknowledged write counts). */
export async function countRows(conn: Connection, name: string, filter = ''): Promise<number> {
  const reply = await conn.call('Query', { collection_name: name, expr: filter, output_fields: ['count(*)'], consistency_level: 0 });
  return Number(reply.fields_data[0]?.scalars?.long_data?.data[0] ?? Number.NaN);
}

/** The ids of the rows matching `filter`. */
export async function queryIds(conn: Connection, name: string, filter: string): Promise<number[]> {
  const reply = await conn.call('Query', { collection_name: name, expr: filter, output_fields: ['id'], consistency_level: 0 });
  const ids = reply.fields_data.find((field) => field.field_name === 'id')?.scalars?.long_data?.data ?? [];
  return ids.map(Number).sort((a, b) => a - b);
}
