/**
 * One search of one vector field: the query vectors checked against the field's kind, then
 * scored (dense vectors by the shared kernel of `search.ts`, sparse ones by their inner
 * product) over the rows a filter and the partitions let through, with Milvus's range search
 * (`radius` / `range_filter`) applied to the scores.
 */
import type { Key } from './batch.js';
import { BM25_DEFAULTS, bm25Score, corpusOf, termFrequencies } from './bm25.js';
import type { Collection, IndexEntry } from './collection.js';
import type { RowValues } from './predicate.js';
import type { Field } from './schema.js';
import { type Hit, largerIsBetter, searchTopK, topKBy } from './search.js';
import { fail } from './status.js';
import { type SparseRow, VECTOR_KINDS, denseFromBytes, sparseDot, sparseFromBytes } from './vector-kinds.js';
import { DataType } from './wire.js';
import { param, typeName } from './schema.js';

/** The query vectors of a search, decoded by their placeholder type. */
export interface Queries {
  /** The placeholder type (a vector `DataType`, or VarChar for text). */
  readonly type: number;
  readonly dense: readonly Float32Array[];
  readonly sparse: readonly SparseRow[];
  readonly texts: readonly string[];
}

/** `radius` and `range_filter`: the band of scores a range search keeps. */
export interface Range {
  readonly radius?: number | undefined;
  readonly rangeFilter?: number | undefined;
}

/** Bytes a dimension takes in a query of each dense kind (binary: an eighth). */
const BYTES_PER_DIM: Readonly<Record<number, number>> = {
  [DataType.FloatVector]: 4,
  [DataType.Float16Vector]: 2,
  [DataType.BFloat16Vector]: 2,
  [DataType.Int8Vector]: 1,
  [DataType.BinaryVector]: 1 / 8,
};

/**
 * Decodes the values of a placeholder (one query each).
 *
 * @param type - the placeholder's type
 */
export function decodeQueries(type: number, values: readonly Buffer[]): Queries {
  if (values.length === 0) fail('parameterInvalid', 'the search has no query vectors (empty placeholder group)');
  const none = { type, dense: [], sparse: [], texts: [] };
  if (type === DataType.VarChar) return { ...none, texts: values.map((bytes) => bytes.toString('utf8')) };
  const kind = VECTOR_KINDS.get(type);
  if (kind === undefined) fail('parameterInvalid', `placeholder type ${type} is not supported by the milvex test server`);
  if (!kind.dense) return { ...none, sparse: values.map((bytes) => sparseFromBytes(bytes, 'query')) };
  const perDim = BYTES_PER_DIM[type] as number;
  return { ...none, dense: values.map((bytes) => denseFromBytes(kind, bytes, 1, bytes.length / perDim)) };
}

/** Whether a score lies in the range: beyond `radius` from the worst side, within `range_filter` on the best. */
function inRange(range: Range, larger: boolean): ((score: number) => boolean) | undefined {
  const { radius, rangeFilter } = range;
  if (radius === undefined) {
    if (rangeFilter !== undefined) fail('parameterInvalid', 'range_filter must be used together with radius');
    return undefined;
  }
  if (rangeFilter !== undefined && (larger ? rangeFilter <= radius : rangeFilter >= radius)) {
    fail('parameterInvalid', `range_filter must be ${larger ? 'greater' : 'less'} than radius for this metric type`);
  }
  return larger
    ? (score) => score > radius && (rangeFilter === undefined || score <= rangeFilter)
    : (score) => score < radius && (rangeFilter === undefined || score >= rangeFilter);
}

/**
 * An inverted index finds only the rows that share a term with the query: a score of 0
 * means none was shared, and such a row is no hit.
 */
function touched(keep: ((score: number) => boolean) | undefined): (score: number) => boolean {
  return keep === undefined ? (score) => score !== 0 : (score) => score !== 0 && keep(score);
}

/**
 * The `k` best rows for each query vector, best first.
 *
 * @param index - the field's index (its metric, and BM25's `bm25_k1` / `bm25_b`)
 * @param matches - the filter
 * @param partitions - the partitions searched (undefined: all)
 */
export function searchField(
  collection: Collection,
  field: Field,
  index: IndexEntry,
  queries: Queries,
  matches: (row: RowValues) => boolean,
  partitions: ReadonlySet<string> | undefined,
  k: number,
  range: Range = {},
): Hit[][] {
  const kind = field.vector;
  if (kind === undefined) return fail('parameterInvalid', `field ${field.name} is not a vector field`);
  const { metric } = index;
  const larger = largerIsBetter(metric);
  const keep = inRange(range, larger);
  const { rows } = collection;
  if (field.functionOutput) {
    if (queries.type !== DataType.VarChar)
      fail('parameterInvalid', `field ${field.name} is the output of a BM25 function: search it with text, not vectors`);
    const slots = rows.slots(matches, partitions);
    // Statistics over every stored row, as Milvus keeps them per collection, not per filter.
    const corpus = corpusOf(rows.select(() => true).map((slot) => rows.sparse(field.name, slot)));
    const k1 = Number(param(index.params, 'bm25_k1') ?? BM25_DEFAULTS.k1);
    const b = Number(param(index.params, 'bm25_b') ?? BM25_DEFAULTS.b);
    return queries.texts.map((text) => {
      const query = termFrequencies(text);
      return topKBy(slots, (slot) => bm25Score(query, rows.sparse(field.name, slot), corpus, k1, b), true, k, touched(keep));
    });
  }
  if (queries.type !== kind.placeholder) {
    fail('parameterInvalid', `the search vectors are ${typeName(queries.type)}, but field ${field.name} holds ${typeName(kind.type)}`);
  }
  if (!kind.dense) {
    const slots = rows.slots(matches, partitions);
    return queries.sparse.map((query) => topKBy(slots, (slot) => sparseDot(rows.sparse(field.name, slot), query), larger, k, touched(keep)));
  }
  for (const vector of queries.dense) {
    if (vector.length !== field.dim) fail('parameterInvalid', `vector dimension mismatch, expected ${field.dim}, actual ${vector.length}`);
  }
  const space = rows.space(field.name, matches, partitions);
  return queries.dense.map((vector) => searchTopK(space, vector, metric, k, keep));
}

/** Float vector queries (what a FloatVector placeholder decodes to). */
export function floatQueries(vectors: readonly Float32Array[]): Queries {
  return { type: DataType.FloatVector, dense: vectors, sparse: [], texts: [] };
}

/**
 * Search by primary keys: the stored vectors of `field` for these entities, as queries.
 *
 * @throws MilvusFailure 1100 when a key is not stored
 */
export function storedQueries(collection: Collection, field: Field, ids: readonly Key[]): Queries {
  const { rows } = collection;
  const slots = ids.map((id) => rows.slotOf(id) ?? fail('parameterInvalid', `some of the provided primary keys were not found: ${String(id)}`));
  const kind = field.vector;
  if (kind === undefined) return fail('parameterInvalid', `field ${field.name} is not a vector field`);
  const none = { type: kind.placeholder, dense: [], sparse: [], texts: [] };
  if (!kind.dense) return { ...none, sparse: slots.map((slot) => rows.sparse(field.name, slot)) };
  return { ...none, dense: slots.map((slot) => Float32Array.from(rows.vector(field.name, slot))) };
}
