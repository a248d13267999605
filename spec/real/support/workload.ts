/**
 * The differential workload: one scripted sequence of MilvusService requests (DDL, inserts of
 * every scalar type with arrays, JSON, nullable and default values, queries over the filter
 * grammar, searches under L2 / IP / COSINE, range search, group_by, query iteration, deletes,
 * upserts, partitions, aliases, databases and error cases), each labelled with its kind, sent
 * in order to any server through `conn.call`. Everything is deterministic: explicit primary
 * keys, vectors from a formula, no clock.
 */
import type { MilvusMethodName } from '../../../lib/protocol/proto.js';
import { DataType } from '../../../lib/protocol/generated/milvus/proto/schema/DataType.js';
import { encodeCollectionSchema, encodeFloatVectors } from '../../../lib/protocol/codec.js';

/** One request of the workload. */
export interface Step {
  /** What kind of request it is (the unit of the known differences), e.g. `query.filter`. */
  readonly kind: string;
  readonly method: MilvusMethodName;
  readonly request: object;
}

const DIM = 4;
const ROWS = 60;
const METRICS = ['L2', 'IP', 'COSINE'] as const;

const kv = (key: string, value: string | number) => ({ key, value: String(value) });

function vector(id: number): number[] {
  return Array.from({ length: DIM }, (_, i) => Math.round(Math.sin(id * 0.7 + i * 1.3) * 1000) / 1000);
}

/** The collection of every scalar type (name per metric). */
function allTypesSchema(name: string, arrays = false) {
  return encodeCollectionSchema({
    name,
    fields: [
      { name: 'id', data_type: DataType.Int64, is_primary_key: true },
      { name: 'v', data_type: DataType.FloatVector, type_params: [kv('dim', DIM)] },
      { name: 'b', data_type: DataType.Bool },
      { name: 'i8', data_type: DataType.Int8 },
      { name: 'i16', data_type: DataType.Int16 },
      { name: 'i32', data_type: DataType.Int32 },
      { name: 'f', data_type: DataType.Float },
      { name: 'd', data_type: DataType.Double },
      { name: 's', data_type: DataType.VarChar, type_params: [kv('max_length', 32)] },
      { name: 'j', data_type: DataType.JSON },
      { name: 'n', data_type: DataType.Int64, nullable: true },
      { name: 'dv', data_type: DataType.Int32, default_value: { int_data: 7 } },
      ...(arrays
        ? [
            { name: 'ai', data_type: DataType.Array, element_type: DataType.Int64, type_params: [kv('max_capacity', 8)] },
            { name: 'as', data_type: DataType.Array, element_type: DataType.VarChar, type_params: [kv('max_capacity', 8), kv('max_length', 16)] },
          ]
        : []),
    ],
  });
}

/** The Insert (or Upsert) request of rows `ids` into `name`; `salt` changes the values for an upsert. */
function rows(name: string, ids: readonly number[], salt = 0, partition?: string, arrays = false) {
  const n = (id: number) => id + salt;
  return {
    collection_name: name,
    ...(partition === undefined ? {} : { partition_name: partition }),
    num_rows: ids.length,
    fields_data: [
      { field_name: 'id', type: DataType.Int64, scalars: { long_data: { data: [...ids] } } },
      { field_name: 'v', type: DataType.FloatVector, vectors: { dim: DIM, float_vector: { data: ids.flatMap((id) => vector(n(id))) } } },
      { field_name: 'b', type: DataType.Bool, scalars: { bool_data: { data: ids.map((id) => n(id) % 2 === 0) } } },
      { field_name: 'i8', type: DataType.Int8, scalars: { int_data: { data: ids.map((id) => (n(id) % 200) - 100) } } },
      { field_name: 'i16', type: DataType.Int16, scalars: { int_data: { data: ids.map((id) => (n(id) % 300) * 100) } } },
      { field_name: 'i32', type: DataType.Int32, scalars: { int_data: { data: ids.map((id) => n(id) * 1000) } } },
      { field_name: 'f', type: DataType.Float, scalars: { float_data: { data: ids.map((id) => n(id) / 4) } } },
      { field_name: 'd', type: DataType.Double, scalars: { double_data: { data: ids.map((id) => n(id) / 8) } } },
      { field_name: 's', type: DataType.VarChar, scalars: { string_data: { data: ids.map((id) => `s${n(id) % 7}_${n(id)}`) } } },
      {
        field_name: 'j',
        type: DataType.JSON,
        scalars: { json_data: { data: ids.map((id) => Buffer.from(JSON.stringify({ k: n(id) % 5, name: `j${n(id)}`, tags: [n(id) % 3] }))) } },
      },
      {
        field_name: 'n',
        type: DataType.Int64,
        valid_data: ids.map((id) => n(id) % 3 !== 0),
        scalars: { long_data: { data: ids.filter((id) => n(id) % 3 !== 0).map((id) => n(id) * 10) } },
      },
      ...(arrays
        ? [
            {
              field_name: 'ai',
              type: DataType.Array,
              scalars: { array_data: { element_type: DataType.Int64, data: ids.map((id) => ({ long_data: { data: [n(id) % 4, n(id) % 6] } })) } },
            },
            {
              field_name: 'as',
              type: DataType.Array,
              scalars: { array_data: { element_type: DataType.VarChar, data: ids.map((id) => ({ string_data: { data: [`a${n(id) % 3}`] } })) } },
            },
          ]
        : []),
    ],
  };
}

const OUTPUT = ['id', 'b', 'i8', 'i16', 'i32', 'f', 'd', 's', 'j', 'n', 'dv'];

/** The filter grammar, one expression a query. */
const FILTERS = [
  'id < 5',
  'id in [1, 3, 5, 999]',
  'id not in [1, 2, 3] and id < 8',
  'i8 >= 0 and i8 < 10',
  'i16 == 500',
  'i32 != 3000 and id < 6',
  'f > 5.5 and f <= 7',
  'd < 1.0',
  'b == true and id < 10',
  'not (id > 3)',
  'id > 50 or id < 2',
  's like "s3%"',
  's == "s1_8"',
  '1 < id < 4',
  'id % 10 == 3',
  'j["k"] == 2 and id < 20',
  'j["name"] == "j7"',
  'json_contains(j["tags"], 1) and id < 10',
  'n is null and id < 10',
  'n is not null and id < 6',
  'n > 100 and n < 200',
  'dv == 7 and id < 3',
  'i32 + 1000 == 6000',
  'exists j["k"] and id < 2',
  's in ["s0_0", "s1_1", "zzz"]',
  'id >= 58',
  'i8 in [-99, -98, -50] or i16 in [100, 200]',
  's > "s5" and id < 30',
  'f * 2 == 3',
  'not (b == false) and i32 > 50000',
  'j["k"] in [1, 3] and id < 12',
  '(id < 3 or id > 56) and not (id == 1)',
];

/** The array filters, on the collection with array fields. */
const ARRAY_FILTERS = [
  'array_contains(ai, 3) and id < 20',
  'array_contains_any(as, ["a1", "a2"]) and id < 8',
  'array_contains_all(ai, [1, 5]) and id < 30',
  'array_length(ai) == 2 and id < 3',
  'ai[0] == 1 and id < 12',
  'as[0] == "a2" and id < 9',
];

/** A search request of `name` under `metric`. */
function search(
  name: string,
  metric: string,
  query: readonly number[],
  topk: number,
  options: { filter?: string; params?: object; groupBy?: string } = {},
) {
  return {
    collection_name: name,
    dsl_type: 1 as const,
    dsl: options.filter ?? '',
    placeholder_group: encodeFloatVectors([query]),
    nq: 1,
    output_fields: ['i8', 's'],
    search_params: [
      kv('anns_field', 'v'),
      kv('topk', topk),
      kv('metric_type', metric),
      kv('params', JSON.stringify(options.params ?? {})),
      ...(options.groupBy === undefined ? [] : [kv('group_by_field', options.groupBy)]),
    ],
  };
}

/**
 * The workload: at least 300 requests over more than 30 kinds.
 *
 * @param prefix - prepended to every collection, alias and database name
 */
export function workload(prefix: string): Step[] {
  const steps: Step[] = [];
  const add = (kind: string, method: MilvusMethodName, request: object) => steps.push({ kind, method, request });
  const db = `${prefix}db`;

  // Databases.
  add('database.create', 'CreateDatabase', { db_name: db });
  add('database.list', 'ListDatabases', {});
  add('error.database_exists', 'CreateDatabase', { db_name: db });

  for (const metric of METRICS) {
    const name = `${prefix}${metric.toLowerCase()}`;
    add('collection.create', 'CreateCollection', { collection_name: name, schema: allTypesSchema(name), shards_num: 1 });
    add('collection.has', 'HasCollection', { collection_name: name });
    add('collection.describe', 'DescribeCollection', { collection_name: name });
    add('partition.create', 'CreatePartition', { collection_name: name, partition_name: 'p1' });
    add('partition.has', 'HasPartition', { collection_name: name, partition_name: 'p1' });
    add('partition.show', 'ShowPartitions', { collection_name: name });
    for (let start = 0; start < ROWS; start += 10) {
      const ids = Array.from({ length: 10 }, (_, i) => start + i);
      add('insert.all_types', 'Insert', rows(name, ids));
    }
    add('insert.partition', 'Insert', rows(name, [100, 101, 102], 0, 'p1'));
    add('collection.flush', 'Flush', { collection_names: [name] });
    add('index.create', 'CreateIndex', {
      collection_name: name,
      field_name: 'v',
      index_name: 'v_idx',
      extra_params: [kv('index_type', 'FLAT'), kv('metric_type', metric)],
    });
    add('index.describe', 'DescribeIndex', { collection_name: name, index_name: '' });
    add('collection.load', 'LoadCollection', { collection_name: name });
    add('collection.load_state', 'GetLoadState', { collection_name: name });
    add('collection.statistics', 'GetCollectionStatistics', { collection_name: name });

    for (const filter of FILTERS) add('query.filter', 'Query', { collection_name: name, expr: filter, output_fields: OUTPUT });
    add('query.count', 'Query', { collection_name: name, expr: '', output_fields: ['count(*)'] });
    add('query.count_filter', 'Query', { collection_name: name, expr: 'i8 < 0', output_fields: ['count(*)'] });
    add('query.partition', 'Query', { collection_name: name, expr: 'id >= 0', partition_names: ['p1'], output_fields: ['id', 's'] });
    add('query.limit_offset', 'Query', {
      collection_name: name,
      expr: 'id >= 0',
      output_fields: ['id'],
      query_params: [kv('limit', 5), kv('offset', 10)],
    });
    // A query iterator: pages by primary key, each after the last id seen.
    for (const after of [-1, 14, 29, 44]) {
      add('query.iterator_page', 'Query', {
        collection_name: name,
        expr: `id > ${after}`,
        output_fields: ['id', 'i16'],
        query_params: [kv('limit', 15)],
      });
    }

    for (let q = 0; q < 6; q++) {
      add(`search.${metric.toLowerCase()}`, 'Search', search(name, metric, vector(q * 7), 5));
      add(
        `search.${metric.toLowerCase()}_filter`,
        'Search',
        search(name, metric, vector(q * 7 + 1), 4, { filter: `i8 > ${q * 5 - 100} and b == true` }),
      );
    }
    const range = metric === 'L2' ? { radius: 2, range_filter: 0.1 } : { radius: 0.2, range_filter: 1.01 };
    add('search.range', 'Search', search(name, metric, vector(3), 10, { params: range }));
    add('search.group_by', 'Search', search(name, metric, vector(5), 3, { groupBy: 'i8' }));
    add('search.group_by_varchar', 'Search', search(name, metric, vector(6), 3, { groupBy: 's' }));

    add('upsert', 'Upsert', rows(name, [1, 2, 200], 1000));
    add('query.after_upsert', 'Query', { collection_name: name, expr: 'id in [1, 2, 200]', output_fields: OUTPUT });
    add('delete.ids', 'Delete', { collection_name: name, expr: 'id in [3, 4, 999]' });
    add('delete.filter', 'Delete', { collection_name: name, expr: 'i16 >= 5000 and i16 < 5300' });
    add('query.count_after_delete', 'Query', { collection_name: name, expr: '', output_fields: ['count(*)'] });
    add('query.after_delete', 'Query', { collection_name: name, expr: 'id < 6 or (id >= 50 and id < 54)', output_fields: ['id'] });

    // Errors.
    add('error.unknown_collection', 'DescribeCollection', { collection_name: `${name}_nope` });
    add('error.query_unknown_collection', 'Query', { collection_name: `${name}_nope`, expr: 'id > 0', output_fields: ['id'] });
    add('error.bad_filter', 'Query', { collection_name: name, expr: 'id >>> 1', output_fields: ['id'] });
    add('error.unknown_field_filter', 'Query', { collection_name: name, expr: 'nope > 1', output_fields: ['id'] });
    add('error.dimension_mismatch', 'Insert', {
      ...rows(name, [500], 0),
      fields_data: rows(name, [500], 0).fields_data.map((field) =>
        field.field_name === 'v'
          ? { field_name: 'v', type: DataType.FloatVector, vectors: { dim: DIM - 1, float_vector: { data: [1, 2, 3] } } }
          : field,
      ),
    });
    add('error.unknown_partition', 'DropPartition', { collection_name: name, partition_name: 'p_nope' });
    add('error.search_unknown_field', 'Search', { ...search(name, metric, vector(1), 3), output_fields: ['nope'] });
  }

  // Arrays, in a collection of their own.
  const arrays = `${prefix}arrays`;
  add('array.create', 'CreateCollection', { collection_name: arrays, schema: allTypesSchema(arrays, true), shards_num: 1 });
  for (let start = 0; start < 30; start += 10) {
    add(
      'array.insert',
      'Insert',
      rows(
        arrays,
        Array.from({ length: 10 }, (_, i) => start + i),
        0,
        undefined,
        true,
      ),
    );
  }
  add('array.index', 'CreateIndex', { collection_name: arrays, field_name: 'v', extra_params: [kv('index_type', 'FLAT'), kv('metric_type', 'L2')] });
  add('array.load', 'LoadCollection', { collection_name: arrays });
  for (const filter of ARRAY_FILTERS) add('array.query', 'Query', { collection_name: arrays, expr: filter, output_fields: ['id', 'ai', 'as'] });
  add('array.drop', 'DropCollection', { collection_name: arrays });

  // Aliases.
  const [first, second] = METRICS.map((metric) => `${prefix}${metric.toLowerCase()}`);
  const alias = `${prefix}alias`;
  add('alias.create', 'CreateAlias', { collection_name: first, alias });
  add('alias.describe', 'DescribeAlias', { alias });
  add('alias.list', 'ListAliases', { collection_name: first });
  add('alias.query', 'Query', { collection_name: alias, expr: 'id < 3', output_fields: ['id'] });
  add('alias.alter', 'AlterAlias', { collection_name: second, alias });
  add('alias.describe', 'DescribeAlias', { alias });
  add('alias.drop', 'DropAlias', { alias });
  add('error.unknown_alias', 'DescribeAlias', { alias });

  // Teardown, itself part of the workload.
  for (const metric of METRICS) {
    const name = `${prefix}${metric.toLowerCase()}`;
    add('collection.release', 'ReleaseCollection', { collection_name: name });
    add('error.query_released', 'Query', { collection_name: name, expr: 'id < 3', output_fields: ['id'] });
    add('partition.drop', 'DropPartition', { collection_name: name, partition_name: 'p1' });
    add('collection.drop', 'DropCollection', { collection_name: name });
    add('collection.has', 'HasCollection', { collection_name: name });
  }
  add('collection.show', 'ShowCollections', {});
  add('database.drop', 'DropDatabase', { db_name: db });
  add('database.list', 'ListDatabases', {});
  return steps;
}
