/**
 * The options of the data methods that become Milvus parameters: index specs, search
 * parameters, consistency levels, filters, primary-key expressions, all checked before a call.
 */
import { InvalidError } from '../errors.js';
import type { KeyValue } from '../protocol/search-bytes.js';
import { ConsistencyLevel, type ConsistencyLevel__Output } from '../protocol/generated/milvus/proto/common/ConsistencyLevel.js';
import type { Field } from './fields.js';

/** How fresh the data a read sees must be (Milvus consistency levels). */
export type Consistency = 'Strong' | 'Session' | 'Bounded' | 'Eventually';

/** An index on one field. */
export interface IndexSpec {
  /** The index type: `HNSW`, `IVF_FLAT`, `FLAT`, `AUTOINDEX`, `SPARSE_INVERTED_INDEX`, `BIN_FLAT`, `INVERTED` (scalars), ... */
  readonly type: string;
  /** The metric of a vector index: `COSINE`, `L2`, `IP`, `HAMMING`, `JACCARD`, `BM25`. */
  readonly metric?: string;
  /** Build parameters, e.g. `{ M: 16, efConstruction: 200 }` or `{ nlist: 1024 }`. */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  /** The index name. @default the field name */
  readonly name?: string;
}

/**
 * Search parameters: `ef` (HNSW), `nprobe` (IVF), `radius` and `range_filter` (a range
 * search), `group_by_field` (one hit a value of that field) and `group_size`; any other key is
 * passed to the index as it is.
 */
export interface SearchParams<G extends string = string> {
  readonly ef?: number;
  readonly nprobe?: number;
  readonly radius?: number;
  readonly range_filter?: number;
  readonly group_by_field?: G;
  readonly group_size?: number;
  readonly [key: string]: unknown;
}

/** Keys of {@link SearchParams} that Milvus takes as search parameters of their own, not inside `params`. */
const SEARCH_LEVEL_KEYS: ReadonlySet<string> = new Set(['group_by_field', 'group_size', 'strict_group_size', 'ignore_growing', 'round_decimal']);

/** The `extra_params` of a `CreateIndex` request. */
export function indexParams(fieldName: string, spec: IndexSpec): KeyValue[] {
  if (typeof spec !== 'object' || spec === null || typeof spec.type !== 'string' || spec.type === '') {
    throw new InvalidError(
      `index.${fieldName}`,
      `Invalid index of field "${fieldName}": expected { type, metric?, params? }, such as { type: 'HNSW', metric: 'COSINE' }`,
    );
  }
  const pairs: KeyValue[] = [{ key: 'index_type', value: spec.type }];
  if (spec.metric !== undefined) pairs.push({ key: 'metric_type', value: spec.metric });
  if (spec.params !== undefined) pairs.push({ key: 'params', value: JSON.stringify(spec.params) });
  return pairs;
}

/**
 * The `search_params` of a search.
 *
 * @param field - the vector field searched
 * @param limit - hits a query vector
 * @param params - the caller's parameters
 * @param offset - hits skipped
 * @param metric - the metric, when the caller gives one (else the index's)
 */
export function searchParams(
  field: string,
  limit: number,
  params: SearchParams | undefined,
  offset: number | undefined,
  metric: string | undefined,
): KeyValue[] {
  const inner: Record<string, unknown> = {};
  const pairs: KeyValue[] = [
    { key: 'anns_field', value: field },
    { key: 'topk', value: String(limit) },
  ];
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined) continue;
    if (SEARCH_LEVEL_KEYS.has(key)) pairs.push({ key, value: typeof value === 'string' ? value : JSON.stringify(value) });
    else inner[key] = value;
  }
  pairs.push({ key: 'params', value: JSON.stringify(inner) });
  if (metric !== undefined) pairs.push({ key: 'metric_type', value: metric });
  if (offset !== undefined) pairs.push({ key: 'offset', value: String(offset) });
  return pairs;
}

/** The consistency fields of a read request. */
export function consistency(level: Consistency | undefined): { consistency_level?: ConsistencyLevel__Output; use_default_consistency: boolean } {
  if (level === undefined) return { use_default_consistency: true };
  const value = (ConsistencyLevel as Record<string, ConsistencyLevel__Output>)[level];
  if (value === undefined || (level as string) === 'Customized') {
    throw new InvalidError('consistency', `Invalid option "consistency": expected Strong, Session, Bounded or Eventually, got ${String(level)}`);
  }
  return { consistency_level: value, use_default_consistency: false };
}

/** A checked filter expression (`''`: none). */
export function filterOf(filter: unknown): string {
  if (filter === undefined) return '';
  if (typeof filter !== 'string')
    throw new InvalidError(
      'filter',
      `Invalid option "filter": expected a boolean expression as a string, such as 'year > 2000', got ${typeof filter}`,
    );
  return filter;
}

/**
 * A checked `outputFields` option: the field names each hit or row carries.
 *
 * @param value - the option as given
 * @param fallback - what an option left out means
 */
export function outputFieldsOf(value: unknown, fallback: readonly string[]): readonly string[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string' && name !== '')) {
    throw new InvalidError(
      'outputFields',
      `Invalid option "outputFields": expected an array of field names, such as ['title', 'year'], got ${JSON.stringify(value)}`,
    );
  }
  return value as readonly string[];
}

/** A checked positive integer option. */
export function positiveInteger(name: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidError(name, `Invalid option "${name}": expected an integer 1..${max}, got ${String(value)}`);
  }
  return value;
}

/** A primary key value as an expression literal, checked against the key's kind. */
function keyLiteral(key: Field, name: string, id: unknown, index: number): string {
  if (key.kind === 'varchar') {
    if (typeof id !== 'string')
      throw new InvalidError(`ids[${index}]`, `Invalid id ${index}: the primary key "${name}" is a varchar, expected a string, got ${typeof id}`);
    return JSON.stringify(id);
  }
  if (typeof id === 'bigint' || (typeof id === 'number' && Number.isSafeInteger(id))) return String(id);
  throw new InvalidError(
    `ids[${index}]`,
    `Invalid id ${index}: the primary key "${name}" is an int64, expected a safe integer number or a bigint, got ${String(id)}`,
  );
}

/**
 * The expression that selects rows by primary key: `id in [1, 2, 3]`.
 *
 * @param key - the primary key field
 * @param name - its name
 * @param ids - the keys
 */
export function idsExpression(key: Field, name: string, ids: unknown): string {
  if (!Array.isArray(ids) || ids.length === 0) throw new InvalidError('ids', 'Invalid argument "ids": expected a non-empty array of primary keys');
  return `${name} in [${ids.map((id, index) => keyLiteral(key, name, id, index)).join(', ')}]`;
}

/** The `partition_names` of a read: one name or several. */
export function partitionNames(partition: unknown): string[] {
  if (partition === undefined) return [];
  const names = Array.isArray(partition) ? partition : [partition];
  for (const name of names) {
    if (typeof name !== 'string' || name === '')
      throw new InvalidError('partition', 'Invalid option "partition": expected a partition name or an array of them');
  }
  return names as string[];
}
