/**
 * One collection of the in-memory Milvus: its schema, rows, partitions, indexes and load
 * state, with the checks and merr codes a Milvus proxy answers with for requests that name
 * it (load, partitions, indexes, writes, deletes, queries, searches). The {@link Catalog}
 * finds collections by database and name or alias; everything after that happens here.
 */
import { type Batch, type Key, checkBatch } from './batch.js';
import { withFunctionOutputs } from './bm25.js';
import { type TemplateValues, parseExpression } from './expression.js';
import { checkManualPartitions, coveredPartitions, initialPartitions, partitionLoaded, writePartitions } from './partitions.js';
import { type Predicate, compileFilter } from './predicate.js';
import { RowStore } from './rows.js';
import { checkName } from './names.js';
import { DYNAMIC_FIELD, type Field, type Schema, param, typeName } from './schema.js';
import { type Hit, type Metric, largerIsBetter } from './search.js';
import { type SearchFeatures, finishHits, needsAllHits } from './search-features.js';
import { type Queries, type Range, searchField, storedQueries } from './vector-search.js';
import { fail } from './status.js';
import { type ConsistencyLevel, DataType, type KeyValuePair } from './wire.js';

/** The partition every collection has. */
export const DEFAULT_PARTITION = '_default';

/** Index types accepted on scalar fields (they change nothing here). */
const SCALAR_INDEXES = new Set(['INVERTED', 'STL_SORT', 'Trie', 'TRIE', 'BITMAP', 'AUTOINDEX', '']);
/** Index types accepted on Geometry fields. */
const GEOMETRY_INDEXES = new Set(['RTREE', 'AUTOINDEX', '']);
/** `ConsistencyLevel.Bounded`, Milvus's default. */
const BOUNDED: ConsistencyLevel = 2;
/** Milvus's largest top-k (and query limit + offset). */
export const MAX_TOPK = 16_384;

/** An index on one field. */
export interface IndexEntry {
  readonly id: string;
  readonly name: string;
  readonly field: Field;
  /** Replaced whole by AlterIndex. */
  params: readonly KeyValuePair[];
  /** The metric a search of this (vector) field uses. */
  readonly metric: Metric;
}

/** A partition of a collection. */
export interface PartitionEntry {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
}

/** What a collection needs from the catalog that holds it: IDs and the clock. */
export interface CollectionContext {
  /** A new collection, partition or index ID. */
  newId(): string;
  /** A new auto-ID primary key (counting up across the catalog). */
  nextAutoId(): bigint;
  /** The clock for creation and write times (milliseconds since the epoch). */
  now(): number;
}

/** Options of CreateCollection besides the schema. */
export interface CollectionOptions {
  readonly shardsNum?: number | undefined;
  readonly consistencyLevel?: ConsistencyLevel | undefined;
  readonly properties?: readonly KeyValuePair[] | undefined;
  /** `num_partitions` of a partition key collection (0: Milvus's default). */
  readonly numPartitions?: number | undefined;
}

/** A filter expression and the values of its `{name}` templates. */
export interface Filter {
  readonly expr: string;
  /** Template values by name (`expr_template_values`), decoded. */
  readonly templates?: TemplateValues | undefined;
}

/** What a query selected: rows of the collection, or only their number for `count(*)`. */
export interface QueryOutcome {
  readonly slots: readonly number[];
  /** Output fields resolved: schema fields, and dynamic keys (under `$meta`) asked by name. */
  readonly fields: readonly Field[];
  readonly dynamicKeys: readonly string[] | 'all';
  /** Set for `count(*)`: the number of matching rows. */
  readonly count?: number;
}

/** One search: which vectors, how many hits each, filtered how. */
export interface SearchParams {
  /** The vector field searched; may be empty when the collection has one. */
  readonly annsField: string;
  readonly queries: Queries;
  /** Search by primary keys: the stored vectors of these entities are the queries. */
  readonly ids?: readonly Key[] | undefined;
  /** A range search's band of scores. */
  readonly range?: Range | undefined;
  /** Grouping, ordering, iterator. */
  readonly features?: SearchFeatures | undefined;
  readonly topK: number;
  readonly offset?: number | undefined;
  /** The metric asked for; must match the index when given. */
  readonly metric?: string | undefined;
  readonly filter?: Filter | undefined;
  readonly partitions?: readonly string[] | undefined;
}

/** The hits of one search, per query vector. */
export interface SearchOutcome {
  readonly metric: Metric;
  readonly hits: ReadonlyArray<readonly Hit[]>;
  /** The field the hits are grouped by, if any. */
  readonly groupBy?: Field | undefined;
}

/**
 * Milvus's bound on a top-k, limit or offset (`validateLimit`), in its words: a plain error
 * of the proxy, so code 65535.
 */
function checkWindow(key: string, value: number): void {
  if (value < 1 || value > MAX_TOPK) fail('unexpected', `${key} [${value}] is invalid, it should be in range [1, ${MAX_TOPK}], but got ${value}`);
}

/**
 * How many keys a `pk in [...]` filter lists, or undefined for any other filter. Milvus's proxy
 * takes such a delete as a simple one and counts the keys it was given without looking them
 * up (absent ones too); other filters it first queries, and counts what matched.
 */
function listedKeyCount(schema: Schema, filter: Filter): number | undefined {
  const expr = parseExpression(filter.expr, filter.templates);
  const simple =
    expr.kind === 'in' && !expr.negated && expr.value.kind === 'ref' && expr.value.name === schema.primary.name && expr.value.path.length === 0;
  return simple ? expr.list.length : undefined;
}

/** A collection: its metadata and rows. */
export class Collection {
  readonly id: string;
  readonly createdAt: number;
  readonly shardsNum: number;
  readonly consistencyLevel: ConsistencyLevel;
  /** Replaced whole by AlterCollection. */
  properties: readonly KeyValuePair[];
  readonly rows: RowStore;
  readonly partitions = new Map<string, PartitionEntry>();
  readonly indexes = new Map<string, IndexEntry>();
  /** Whether some partitions (all of them, unless `loadedPartitions` says which) are loaded. */
  loaded = false;
  /** The loaded partitions after LoadPartitions; undefined when LoadCollection loaded them all. */
  loadedPartitions: Set<string> | undefined;
  readonly #context: CollectionContext;

  /**
   * @param name - its name (changed by RenameCollection)
   * @param database - the name of the database holding it (changed by RenameCollection)
   * @param schema - the checked schema
   */
  constructor(
    public name: string,
    public database: string,
    /** Replaced whole by AlterCollectionField and AddCollectionField. */
    public schema: Schema,
    options: CollectionOptions,
    context: CollectionContext,
  ) {
    this.#context = context;
    this.id = context.newId();
    this.createdAt = context.now();
    this.shardsNum = options.shardsNum || 1;
    this.consistencyLevel = options.consistencyLevel ?? BOUNDED;
    this.properties = options.properties ?? [];
    this.rows = new RowStore(schema);
    for (const partition of initialPartitions(schema.partitionKey !== undefined, options.numPartitions ?? 0)) {
      this.partitions.set(partition, { id: context.newId(), name: partition, createdAt: this.createdAt });
    }
  }

  // ---- load state -----------------------------------------------------------------

  /** LoadCollection: every vector field needs an index first. */
  load(): void {
    this.checkLoadable();
    this.loaded = true;
    this.loadedPartitions = undefined;
  }

  /** Loading (the collection or partitions) needs an index on every vector field. @throws MilvusFailure 700 */
  checkLoadable(): void {
    const bare = this.schema.vectors.find((field) => !this.indexes.has(field.name));
    if (bare !== undefined)
      fail('indexNotFound', `there is no vector index on field: [${bare.name}], please create index firstly: collection=${this.name}`);
  }

  /** ReleaseCollection. */
  release(): void {
    this.loaded = false;
    this.loadedPartitions = undefined;
  }

  #mustBeLoaded(): void {
    if (!this.loaded) fail('collectionNotLoaded', { collection: this.name });
  }

  // ---- partitions -----------------------------------------------------------------

  /** CreatePartition; an existing one is no error. */
  createPartition(partition: string): void {
    checkManualPartitions(this, 'create');
    checkName('partition', partition);
    if (!this.partitions.has(partition))
      this.partitions.set(partition, { id: this.#context.newId(), name: partition, createdAt: this.#context.now() });
  }

  /** DropPartition: not `_default`, not while loaded; a missing one is no error. */
  dropPartition(partition: string): void {
    checkManualPartitions(this, 'drop');
    if (partition === DEFAULT_PARTITION) fail('parameterInvalid', 'default partition cannot be deleted');
    if (!this.partitions.has(partition)) return;
    if (partitionLoaded(this, partition))
      fail('parameterInvalid', `partition cannot be dropped, partition is loaded, please release it first: partition=${partition}`);
    this.partitions.delete(partition);
    this.rows.dropPartition(partition);
  }

  // ---- indexes --------------------------------------------------------------------

  /** CreateIndex: one index a field; the same again succeeds, a different one does not. */
  createIndex(fieldName: string, indexName: string, params: readonly KeyValuePair[]): void {
    const field =
      this.schema.fields.find((candidate) => candidate.name === fieldName && !candidate.dynamic) ??
      fail('unexpected', `cannot create index on non-exist field: ${fieldName}`);
    const type = param(params, 'index_type') ?? 'AUTOINDEX';
    const kind = field.vector;
    const vector = kind !== undefined;
    const allowed = kind?.indexes ?? (field.type === DataType.Geometry ? GEOMETRY_INDEXES : SCALAR_INDEXES);
    if (!allowed.has(type)) {
      fail(
        'indexNotSupported',
        `index type ${type} on ${vector ? 'vector' : 'scalar'} field ${fieldName} is not supported, allowed: ${[...allowed].filter(Boolean).join(', ')}`,
      );
    }
    const metricText = (param(params, 'metric_type') ?? '').toUpperCase();
    const metrics: readonly string[] = field.functionOutput ? ['BM25'] : (kind?.metrics ?? []);
    if (vector && metricText !== '' && !metrics.includes(metricText)) {
      fail('parameterInvalid', `metric type ${metricText} is not supported for ${typeName(field.type)}, allowed: ${metrics.join(', ')}`);
    }
    const metric = metricText === '' ? (field.functionOutput ? 'BM25' : (kind?.defaultMetric ?? 'COSINE')) : (metricText as Metric);
    const existing = this.indexes.get(fieldName);
    // No name asks for the field's index, whatever it was named: the same again is no error (as in Milvus).
    const name = indexName === '' ? (existing?.name ?? fieldName) : indexName;
    if (existing !== undefined) {
      const same =
        existing.name === name &&
        existing.metric === metric &&
        param(existing.params, 'index_type') === type &&
        param(existing.params, 'params') === param(params, 'params');
      if (same) return;
      fail('parameterInvalid', `at most one distinct index is allowed per field, field: ${fieldName}, index: ${existing.name}`);
    }
    if ([...this.indexes.values()].some((index) => index.name === name)) fail('parameterInvalid', `index name ${name} is used by another field`);
    const stored = [...params.filter((pair) => pair.key !== 'index_type' && pair.key !== 'metric_type'), { key: 'index_type', value: type }];
    if (vector) stored.push({ key: 'metric_type', value: metric });
    this.indexes.set(fieldName, { id: this.#context.newId(), name, field, params: stored, metric });
  }

  #matchingIndexes(fieldName: string, indexName: string): IndexEntry[] {
    return [...this.indexes.values()].filter(
      (index) => (fieldName === '' || index.field.name === fieldName) && (indexName === '' || index.name === indexName),
    );
  }

  /** The indexes matching a field or index name (all when both empty). @throws MilvusFailure 700 */
  describeIndex(fieldName = '', indexName = ''): IndexEntry[] {
    const found = this.#matchingIndexes(fieldName, indexName);
    if (found.length === 0) fail('indexNotFound', { collection: this.name });
    return found;
  }

  /** DropIndex: not while loaded; a missing index is no error. */
  dropIndex(fieldName = '', indexName = ''): void {
    const found = this.#matchingIndexes(fieldName, indexName);
    if (found.length > 0 && this.loaded) fail('parameterInvalid', 'index cannot be dropped, collection is loaded, please release it first');
    for (const index of found) this.indexes.delete(index.field.name);
  }

  // ---- data -----------------------------------------------------------------------

  /** Insert or Upsert: the keys written, in order. */
  write(partitionName: string, batch: Batch, upsert: boolean): Key[] {
    writePartitions(this, [], partitionName); // checks the name before the rows
    const context = this.#context;
    const auto = this.schema.primary.type === DataType.Int64 ? () => context.nextAutoId() : () => String(context.nextAutoId());
    const checked = withFunctionOutputs(this.schema.functions, checkBatch(this.schema, batch, auto, upsert));
    this.rows.write(checked, writePartitions(this, checked.rows, partitionName));
    return [...checked.keys];
  }

  #compile(filter: Filter | undefined): Predicate {
    return compileFilter(this.schema, filter?.expr ?? '', filter?.templates);
  }

  /**
   * Delete by filter (a key list is a filter too). The count is Milvus's `delete_cnt`: the keys
   * a `pk in [...]` filter lists, present or not (milvus-lite and Go 2.3.5 alike), otherwise
   * the entities that went.
   */
  delete(partitionName: string, filter: Filter): number {
    if (filter.expr.trim() === '') fail('parameterInvalid', 'expr cannot be empty');
    const matches = this.#compile(filter);
    const slots = this.rows.select(matches, coveredPartitions(this, [partitionName], 'delete'));
    const deleted = this.rows.deleteKeys(slots.map((slot) => this.rows.key(slot)));
    return listedKeyCount(this.schema, filter) ?? deleted;
  }

  /**
   * The fields a search or query returns: those named, `*` every schema field, `$meta` every
   * dynamic key, and other unknown names dynamic keys (when the schema has them).
   *
   * @param withPrimary - add the primary key unasked: a query does, while a search carries the
   *   keys in its `ids` and returns only the fields asked for (as Milvus's proxy does)
   */
  outputs(names: readonly string[], withPrimary: boolean): { fields: Field[]; dynamicKeys: string[] | 'all' } {
    const { schema } = this;
    const fields = new Set<Field>(withPrimary ? [schema.primary] : []);
    let dynamicKeys: string[] | 'all' = [];
    for (const name of names) {
      const field = schema.fields.find((candidate) => candidate.name === name);
      if (name === '*' || name === DYNAMIC_FIELD) {
        for (const each of schema.fields) if (!each.dynamic && !each.functionOutput && name === '*') fields.add(each);
        if (schema.dynamicField !== undefined) dynamicKeys = 'all';
      } else if (field?.functionOutput === true) {
        // A plain error in Milvus's proxy: code 65535, the message alone.
        fail('unexpected', `not allowed to retrieve raw data of field ${name}`);
      } else if (field !== undefined) {
        fields.add(field);
      } else if (schema.dynamicField !== undefined) {
        if (dynamicKeys !== 'all') dynamicKeys.push(name);
      } else {
        fail('fieldNotFound', `field ${name} not exist`);
      }
    }
    const dynamic = schema.dynamicField;
    if (dynamic !== undefined && (dynamicKeys === 'all' || dynamicKeys.length > 0)) fields.add(dynamic);
    return { fields: schema.fields.filter((field) => fields.has(field)), dynamicKeys };
  }

  /** Query: matching rows (ordered by key) or `count(*)`; needs the collection loaded. */
  query(options: {
    readonly filter: Filter;
    readonly outputFields: readonly string[];
    readonly partitions?: readonly string[] | undefined;
    readonly limit?: number | undefined;
    readonly offset?: number | undefined;
  }): QueryOutcome {
    this.#mustBeLoaded();
    const counting = options.outputFields.some((name) => name.replace(/\s/g, '').toLowerCase() === 'count(*)');
    const { limit, offset = 0 } = options;
    if (!counting && options.filter.expr.trim() === '' && limit === undefined) fail('parameterInvalid', 'empty expression should be used with limit');
    if (limit !== undefined) {
      checkWindow('limit', limit);
      if (offset !== 0) checkWindow('offset', offset);
      if (limit + offset > MAX_TOPK) fail('unexpected', `(offset+limit) should be in range [1, ${MAX_TOPK}], but got ${limit + offset}`);
    }
    const all = this.rows.select(this.#compile(options.filter), coveredPartitions(this, options.partitions, 'query'));
    if (counting) {
      if (options.outputFields.length > 1) fail('parameterInvalid', 'count entities with pagination or other output fields is not allowed');
      return { slots: [], fields: [], dynamicKeys: [], count: all.length };
    }
    const slots = all.slice(offset, limit === undefined ? undefined : offset + limit);
    return { slots, ...this.outputs(options.outputFields, true) };
  }

  /** Search: exact top-k per query vector; needs the collection loaded. */
  search(params: SearchParams): SearchOutcome {
    this.#mustBeLoaded();
    const { vectors: fields } = this.schema;
    const field =
      params.annsField === ''
        ? fields.length === 1
          ? (fields[0] as Field)
          : fail('parameterInvalid', `multiple anns_fields exist, please specify a anns_field in search_params`)
        : (fields.find((candidate) => candidate.name === params.annsField) ??
          fail('fieldNotFound', `failed to get field schema by name: fieldName(${params.annsField}) not found`));
    const index = this.indexes.get(field.name) ?? fail('indexNotFound', { collection: this.name, field: field.name });
    const asked = (params.metric ?? '').toUpperCase();
    if (asked !== '' && asked !== index.metric) fail('parameterInvalid', `metric type not match: expected=${index.metric}, actual=${asked}`);
    const offset = params.offset ?? 0;
    checkWindow('topk', params.topK);
    if (offset !== 0) checkWindow('offset', offset);
    checkWindow('offset+topk', params.topK + offset);
    const matches = this.#compile(params.filter);
    const partitions = coveredPartitions(this, params.partitions, 'search');
    const features = params.features ?? {};
    const queries = params.ids === undefined ? params.queries : storedQueries(this, field, params.ids);
    const k = needsAllHits(features) ? Math.max(1, this.rows.size) : params.topK + offset;
    const ranked = searchField(this, field, index, queries, matches, partitions, k, params.range);
    const larger = largerIsBetter(index.metric);
    const hits = ranked.map((list) => finishHits(this, list, features, params.topK, offset, larger));
    return { metric: index.metric, hits, groupBy: features.groupBy?.field };
  }
}
