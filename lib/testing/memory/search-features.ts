/**
 * What a search can ask beyond plain top-k, applied to the ranked hits of one query vector:
 * grouping (`group_by_field`, `group_size`), reordering by scalar fields
 * (`order_by_fields`), and the search iterator v2 (`search_iter_v2`), whose batches resume
 * after the last hit of the one before. The iterator's token names that hit's primary key
 * beside its score (`last_bound`), so hits with equal scores are neither lost nor repeated
 * across batches.
 */
import type { Key } from './batch.js';
import type { Collection } from './collection.js';
import { keyOrder } from './rows.js';
import { type Field, type Scalar, param, typeName } from './schema.js';
import type { Hit } from './search.js';
import { fail } from './status.js';
import { DataType, type KeyValuePair } from './wire.js';

/** `group_by_field` and its options. */
export interface GroupBy {
  readonly field: Field;
  /** Hits kept per group (`group_size`, default 1). */
  readonly size: number;
}

/** One key of `order_by_fields`. */
export interface OrderBy {
  readonly field: Field;
  readonly descending: boolean;
}

/** Where a search iterator resumes: after this score, and among equal scores after this key. */
export interface IteratorPosition {
  readonly bound: number;
  readonly key: Key;
}

/** The search features a request asks for. */
export interface SearchFeatures {
  readonly groupBy?: GroupBy | undefined;
  readonly orderBy?: readonly OrderBy[] | undefined;
  /** Set for a search iterator v2 batch; `after` is undefined on the first batch. */
  readonly iterator?: { readonly after: IteratorPosition | undefined } | undefined;
}

/** The types Milvus groups by. */
const GROUPABLE = new Set<number>([DataType.Bool, DataType.Int8, DataType.Int16, DataType.Int32, DataType.Int64, DataType.VarChar]);

function schemaField(collection: Collection, name: string, what: string): Field {
  return (
    collection.schema.fields.find((field) => field.name === name && !field.dynamic) ??
    fail('fieldNotFound', `${what} field ${name} not found in schema of collection ${collection.name}`)
  );
}

/** A token naming the last key of a batch (the client hands it back as `search_iter_id`). */
export function iteratorToken(key: Key): string {
  return typeof key === 'bigint' ? `i${key}` : `s${key}`;
}

function tokenKey(token: string): Key {
  if (token.startsWith('i') && /^i-?\d+$/.test(token)) return BigInt(token.slice(1));
  if (token.startsWith('s')) return token.slice(1);
  return fail('parameterInvalid', `invalid search iterator token: ${token}`);
}

/**
 * Reads the features from a search's params.
 *
 * @throws MilvusFailure naming a field that cannot be grouped or ordered by
 */
export function readFeatures(collection: Collection, params: readonly KeyValuePair[]): SearchFeatures {
  const groupName = param(params, 'group_by_field');
  let groupBy: GroupBy | undefined;
  if (groupName !== undefined && groupName !== '') {
    const field = schemaField(collection, groupName, 'group by');
    if (!GROUPABLE.has(field.type)) fail('parameterInvalid', `unsupported data type ${typeName(field.type)} for group by operator`);
    const size = Number(param(params, 'group_size') ?? 1);
    if (!Number.isInteger(size) || size < 1) fail('parameterInvalid', `group_size must be a positive integer, got ${param(params, 'group_size')}`);
    groupBy = { field, size };
  }
  const orderText = param(params, 'order_by_fields') ?? '';
  const orderBy = orderText
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): OrderBy => {
      const [name = '', direction = 'asc'] = part.split(':');
      const order = direction.toLowerCase();
      if (order !== 'asc' && order !== 'desc')
        fail('parameterInvalid', `invalid order direction ${direction} of order_by field ${name}, allowed: asc, desc`);
      const field = schemaField(collection, name, 'order by');
      if (field.vector !== undefined || field.type === DataType.JSON)
        fail('parameterInvalid', `can not order by field ${name} of type ${typeName(field.type)}`);
      return { field, descending: order === 'desc' };
    });
  const v2 = (param(params, 'search_iter_v2') ?? '').toLowerCase() === 'true';
  let iterator: SearchFeatures['iterator'];
  if (v2) {
    const token = param(params, 'search_iter_id') ?? '';
    const bound = param(params, 'search_iter_last_bound');
    iterator = { after: token === '' || bound === undefined ? undefined : { bound: Math.fround(Number(bound)), key: tokenKey(token) } };
  }
  return { groupBy, orderBy: orderBy.length > 0 ? orderBy : undefined, iterator };
}

/** Whether the features need every ranked hit rather than the top `k`. */
export function needsAllHits(features: SearchFeatures): boolean {
  return features.groupBy !== undefined || features.iterator?.after !== undefined;
}

/** Orders two stored values: nulls first, numbers and bigints by value, strings by code unit. */
function compareValues(a: Scalar | null | undefined, b: Scalar | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The hits one query returns, from its ranked hits (best first).
 *
 * @param larger - whether larger scores are better (to resume an iterator)
 */
export function finishHits(
  collection: Collection,
  ranked: readonly Hit[],
  features: SearchFeatures,
  topK: number,
  offset: number,
  larger: boolean,
): Hit[] {
  const { rows } = collection;
  let hits = ranked;
  const after = features.iterator?.after;
  if (after !== undefined) {
    hits = hits.filter((hit) =>
      hit.score === after.bound ? keyOrder(rows.key(hit.slot), after.key) > 0 : larger ? hit.score < after.bound : hit.score > after.bound,
    );
  }
  const group = features.groupBy;
  if (group !== undefined) {
    // Groups rank by their best hit; each keeps its best `size` hits, best first.
    const groups = new Map<unknown, Hit[]>();
    for (const hit of hits) {
      const value = rows.values(hit.slot)[group.field.name] ?? null;
      const members = groups.get(value) ?? (groups.size < offset + topK ? [] : undefined);
      if (members === undefined || members.length >= group.size) continue;
      if (members.length === 0) groups.set(value, members);
      members.push(hit);
    }
    return [...groups.values()].slice(offset, offset + topK).flat();
  }
  const page = hits.slice(offset, offset + topK);
  const order = features.orderBy;
  if (order === undefined) return page;
  // Stable: hits equal on every order field keep their score order.
  return [...page].sort((a, b) => {
    for (const { field, descending } of order) {
      const compared = compareValues(rows.values(a.slot)[field.name], rows.values(b.slot)[field.name]);
      if (compared !== 0) return descending ? -compared : compared;
    }
    return 0;
  });
}
