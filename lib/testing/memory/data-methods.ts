/**
 * The MilvusService methods that read and write entities (Insert, Upsert, Delete, Flush,
 * GetFlushState, Query, Search, HybridSearch), answered from a {@link Catalog}. Search
 * vectors arrive in a serialized `PlaceholderGroup`; every write is visible at once (as with
 * Milvus's Strong consistency), so Flush has nothing to wait for.
 */
import type { Catalog } from './catalog.js';
import type { Collection, Filter, SearchParams } from './collection.js';
import { countColumn, outputColumns, toBatch, toIds } from './columns.js';
import { hybridTimestamp } from './metadata-methods.js';
import type { PlaceholderGroup } from '../../protocol/codec.js';
import { iteratorToken, readFeatures } from './search-features.js';
import { type Queries, decodeQueries, floatQueries } from './vector-search.js';
import { keyOrder } from './rows.js';
import type { MethodTable, RequestOf } from './method-table.js';
import type { Hit, Metric } from './search.js';
import { param } from './schema.js';
import { fail } from './status.js';
import { templateValues } from './templates.js';
import type { KeyValuePair, SearchResultData } from './wire.js';

/** Milvus's RRF constant when a ranker does not give one. */
const DEFAULT_RRF_K = 60;

type SearchRequest = RequestOf<'Search'>;
type WriteRequest = RequestOf<'Insert'>;

/** A whole-number parameter, checked. */
function integerParam(params: readonly KeyValuePair[] | undefined, key: string, fallback: number): number {
  const text = param(params, key);
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value)) fail('parameterInvalid', `${key} [${text}] is invalid, it should be an integer`);
  return value;
}

/** The query vectors (or texts) of a search, from its decoded placeholder group. */
function queriesOf(group: PlaceholderGroup): Queries {
  const placeholder = group.placeholders[0];
  if (placeholder === undefined) fail('parameterInvalid', 'the search has no query vectors (empty placeholder group)');
  return decodeQueries(placeholder.type, placeholder.values);
}

/** The JSON object under the `params` key of search params (empty when absent). */
function jsonParams(params: readonly KeyValuePair[]): Record<string, unknown> {
  const text = param(params, 'params');
  if (text === undefined || text === '') return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return fail('parameterInvalid', `search params are not valid JSON: ${text}`);
  }
}

/**
 * A number of a search's `params`: Milvus's clients send `radius`, `range_filter` and the
 * index's search parameters inside the JSON of the `params` key (older ones as keys of their own).
 */
function numberParam(params: readonly KeyValuePair[], key: string): number | undefined {
  const text = param(params, key) ?? jsonParams(params)[key];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) fail('parameterInvalid', `${key} [${JSON.stringify(text)}] is invalid, it should be a number`);
  return value;
}

function round(score: number, decimals: number): number {
  return decimals < 0 ? score : Math.round(score * 10 ** decimals) / 10 ** decimals;
}

/** A `SearchResultData` for hits of `collection`, one list per query. */
function searchResult(
  collection: Collection,
  hits: ReadonlyArray<readonly Hit[]>,
  outputFields: readonly string[],
  decimals: number,
): SearchResultData {
  const { rows, schema } = collection;
  const slots = hits.flat().map((hit) => hit.slot);
  const { fields, dynamicKeys } = collection.outputs(outputFields, false);
  const names = fields.filter((field) => !field.dynamic).map((field) => field.name);
  return {
    num_queries: String(hits.length),
    // Milvus's proxy reports the hits of the last query here (its `realTopK`), not the top-k asked.
    top_k: String(hits.at(-1)?.length ?? 0),
    fields_data: outputColumns(rows, slots, fields, dynamicKeys),
    scores: hits.flat().map((hit) => round(hit.score, decimals)),
    ids: toIds(
      schema,
      slots.map((slot) => rows.key(slot)),
    ),
    topks: hits.map((list) => String(list.length)),
    output_fields: dynamicKeys === 'all' ? [...names, '$meta'] : [...names, ...dynamicKeys],
    primary_field_name: schema.primary.name,
  };
}

/** The filter of a request: its expression and template values. */
function filterOf(expr: string, request: { expr_template_values: RequestOf<'Query'>['expr_template_values'] }): Filter {
  return { expr, templates: templateValues(request.expr_template_values) };
}

/** Turns one search request into the catalog's terms. */
function searchParams(request: SearchRequest, decodePlaceholders: (bytes: Buffer) => PlaceholderGroup): SearchParams {
  const params = request.search_params;
  // Decoded int64 keys are decimal strings (proto-loader's longs: String).
  const ids =
    request.ids?.id_field === 'int_id'
      ? request.ids.int_id?.data.map((id) => BigInt(id))
      : request.ids?.id_field === 'str_id'
        ? request.ids.str_id?.data
        : undefined;
  return {
    annsField: param(params, 'anns_field') ?? '',
    ids,
    queries: ids === undefined ? queriesOf(decodePlaceholders(request.placeholder_group ?? Buffer.alloc(0))) : floatQueries([]),
    range: { radius: numberParam(params, 'radius'), rangeFilter: numberParam(params, 'range_filter') },
    topK: integerParam(params, 'topk', integerParam(params, 'limit', 10)),
    offset: integerParam(params, 'offset', 0),
    metric: param(params, 'metric_type'),
    filter: filterOf(request.dsl, request),
    partitions: request.partition_names,
  };
}

/** A score every metric ranks larger-is-better on, for the weighted ranker (Milvus's normalization). */
function normalized(score: number, metric: Metric): number {
  if (metric === 'COSINE') return (1 + score) / 2;
  if (metric === 'IP') return 0.5 + Math.atan(score) / Math.PI;
  return 1 - (2 * Math.atan(score)) / Math.PI;
}

/**
 * Fuses the hits of several searches with Milvus's `rrf` (sum of 1 / (k + rank)) or
 * `weighted` (sum of weight x normalized score) ranker.
 */
function fuse(lists: ReadonlyArray<{ hits: readonly Hit[]; metric: Metric }>, rankParams: readonly KeyValuePair[]): Map<number, number> {
  const strategy = (param(rankParams, 'strategy') ?? 'rrf').toLowerCase();
  let options: { k?: number; weights?: number[]; norm_score?: boolean };
  try {
    options = JSON.parse(param(rankParams, 'params') ?? '{}') as typeof options;
  } catch {
    return fail('parameterInvalid', `rank params are not valid JSON: ${param(rankParams, 'params') ?? ''}`);
  }
  if (strategy !== 'rrf' && strategy !== 'weighted') fail('parameterInvalid', `unsupported rank type ${strategy}, allowed: rrf, weighted`);
  const weights = options.weights ?? [];
  if (strategy === 'weighted' && weights.length !== lists.length) {
    fail(
      'parameterInvalid',
      `the length of weights param mismatch with ann search requests: invalid weights ${weights.length}, expected ${lists.length}`,
    );
  }
  const k = options.k ?? DEFAULT_RRF_K;
  const fused = new Map<number, number>();
  lists.forEach(({ hits, metric }, list) => {
    hits.forEach((hit, rank) => {
      const contribution =
        strategy === 'rrf'
          ? 1 / (k + rank + 1)
          : (weights[list] as number) * (options.norm_score === false ? hit.score : normalized(hit.score, metric));
      fused.set(hit.slot, (fused.get(hit.slot) ?? 0) + contribution);
    });
  });
  return fused;
}

/**
 * The data methods.
 *
 * @param catalog - the data
 * @param decodePlaceholders - decodes a search's `placeholder_group` bytes
 */
export function dataMethods(catalog: Catalog, decodePlaceholders: (bytes: Buffer) => PlaceholderGroup): MethodTable {
  const write = (request: WriteRequest, db: string | undefined, upsert: boolean) => {
    const collection = catalog.collection(db, request.collection_name);
    const batch = toBatch(collection.schema, request.fields_data, request.num_rows);
    const keys = collection.write(request.partition_name, batch, upsert);
    return {
      IDs: toIds(collection.schema, keys),
      succ_index: keys.map((_, i) => i),
      err_index: [],
      insert_cnt: String(upsert ? 0 : keys.length),
      upsert_cnt: String(upsert ? keys.length : 0),
      timestamp: hybridTimestamp(catalog.now()),
    };
  };

  return {
    Insert: (request, db) => write(request, db, false),
    Upsert: (request, db) => write(request, db, true),
    Delete: (request, db) => ({
      delete_cnt: String(catalog.collection(db, request.collection_name).delete(request.partition_name, filterOf(request.expr, request))),
      timestamp: hybridTimestamp(catalog.now()),
    }),
    Flush: (request, db) => {
      catalog.flush(db, request.collection_names);
      const each = <T>(value: T): Record<string, T> => Object.fromEntries(request.collection_names.map((name) => [name, value]));
      const now = hybridTimestamp(catalog.now());
      return {
        db_name: catalog.database(db).name,
        coll_segIDs: each({ data: [] }),
        flush_coll_segIDs: each({ data: [] }),
        coll_seal_times: each(String(Math.floor(catalog.now() / 1000))),
        coll_flush_ts: each(now),
      };
    },
    GetFlushState: () => ({ flushed: true }),

    Query: (request, db) => {
      const params = request.query_params;
      const limit = param(params, 'limit');
      const collection = catalog.collection(db, request.collection_name);
      const outcome = collection.query({
        filter: filterOf(request.expr, request),
        outputFields: request.output_fields,
        partitions: request.partition_names,
        limit: limit === undefined ? undefined : integerParam(params, 'limit', 0),
        offset: integerParam(params, 'offset', 0),
      });
      if (outcome.count !== undefined) {
        return {
          fields_data: [countColumn(outcome.count)],
          collection_name: collection.name,
          output_fields: ['count(*)'],
          // Milvus names no primary field on a count(*) reply (milvus-lite and Go 2.3.5 alike).
          primary_field_name: '',
        };
      }
      const names = outcome.fields.filter((field) => !field.dynamic).map((field) => field.name);
      return {
        fields_data: outputColumns(collection.rows, outcome.slots, outcome.fields, outcome.dynamicKeys),
        collection_name: collection.name,
        output_fields: outcome.dynamicKeys === 'all' ? [...names, '$meta'] : [...names, ...outcome.dynamicKeys],
        primary_field_name: collection.schema.primary.name,
      };
    },

    Search: (request, db) => {
      const collection = catalog.collection(db, request.collection_name);
      const features = readFeatures(collection, request.search_params);
      const outcome = collection.search({ ...searchParams(request, decodePlaceholders), features });
      const decimals = integerParam(request.search_params, 'round_decimal', -1);
      const results = searchResult(collection, outcome.hits, request.output_fields, decimals);
      const { rows } = collection;
      const slots = outcome.hits.flat().map((hit) => hit.slot);
      if (outcome.groupBy !== undefined) results.group_by_field_value = outputColumns(rows, slots, [outcome.groupBy], [])[0] ?? null;
      if (features.iterator !== undefined) {
        const last = outcome.hits[0]?.at(-1);
        results.search_iterator_v2_results =
          last === undefined ? { token: '', last_bound: 0 } : { token: iteratorToken(rows.key(last.slot)), last_bound: last.score };
      }
      return { results, collection_name: collection.name, session_ts: hybridTimestamp(catalog.now()) };
    },

    HybridSearch: (request, db) => {
      const rankParams = request.rank_params;
      const collection = catalog.collection(db, request.collection_name);
      const limit = integerParam(rankParams, 'limit', 10);
      const offset = integerParam(rankParams, 'offset', 0);
      const outcomes = request.requests.map((sub) =>
        collection.search({ ...searchParams(sub, decodePlaceholders), partitions: request.partition_names }),
      );
      // Query i of the hybrid search fuses query i of every sub-search: they must have as many.
      const nq = outcomes[0]?.hits.length ?? 0;
      if (outcomes.some((outcome) => outcome.hits.length !== nq))
        fail(
          'parameterInvalid',
          `the sub-searches of a hybrid search must have the same number of query vectors, got ${outcomes.map((o) => o.hits.length).join(', ')}`,
        );
      const perQuery = Array.from({ length: nq }, (_, query) => {
        const fused = fuse(
          outcomes.map((outcome) => ({ hits: outcome.hits[query] as Hit[], metric: outcome.metric })),
          rankParams,
        );
        // The fused score is larger-is-better for both rankers; equal scores rank by key.
        return [...fused]
          .map(([slot, score]) => ({ slot, score: Math.fround(score) }))
          .sort((a, b) => b.score - a.score || keyOrder(collection.rows.key(a.slot), collection.rows.key(b.slot)))
          .slice(offset, offset + limit);
      });
      const decimals = integerParam(rankParams, 'round_decimal', -1);
      return { results: searchResult(collection, perQuery, request.output_fields, decimals), collection_name: collection.name };
    },
  };
}
