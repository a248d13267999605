/**
 * The in-memory Milvus: databases holding collections, aliases, partitions, indexes and load
 * state, with the checks and merr codes a Milvus proxy answers with. Pure (no gRPC, no I/O):
 * the service in `service.ts` maps requests onto it, and it lives as long as its test server
 * instance, so data outlives `kill()` and `restart()`.
 */
import { type Batch, type Key, checkBatch } from './batch.js';
import { withFunctionOutputs } from './bm25.js';
import { checkManualPartitions, coveredPartitions, initialPartitions, partitionLoaded, writePartitions } from './partitions.js';
import { type Predicate, compileFilter } from './predicate.js';
import { RowStore } from './rows.js';
import { DYNAMIC_FIELD, type Field, type Schema, checkName, checkSchema, param, typeName } from './schema.js';
import { type Hit, type Metric, largerIsBetter } from './search.js';
import { type SearchFeatures, finishHits, needsAllHits } from './search-features.js';
import { type Queries, type Range, searchField, storedQueries } from './vector-search.js';
import { fail } from './status.js';
import { type CollectionSchemaMessage, DataType, type KeyValuePair } from './wire.js';

/** The database every Milvus has, used when a request names none. */
export const DEFAULT_DATABASE = 'default';
/** The partition every collection has. */
export const DEFAULT_PARTITION = '_default';

/** Index types accepted on scalar fields (they change nothing here). */
const SCALAR_INDEXES = new Set(['INVERTED', 'STL_SORT', 'Trie', 'TRIE', 'BITMAP', 'AUTOINDEX', '']);
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

/** A collection: its metadata and rows. */
export interface CollectionEntry {
  readonly id: string;
  name: string;
  database: string;
  /** Replaced whole by AlterCollectionField and AddCollectionField. */
  schema: Schema;
  readonly createdAt: number;
  readonly shardsNum: number;
  readonly consistencyLevel: number;
  /** Replaced whole by AlterCollection. */
  properties: readonly KeyValuePair[];
  readonly rows: RowStore;
  readonly partitions: Map<string, PartitionEntry>;
  readonly indexes: Map<string, IndexEntry>;
  /** Whether some partitions (all of them, unless `loadedPartitions` says which) are loaded. */
  loaded: boolean;
  /** The loaded partitions after LoadPartitions; undefined when LoadCollection loaded them all. */
  loadedPartitions?: Set<string> | undefined;
}

/** A database. */
export interface DatabaseEntry {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  /** Replaced whole by AlterDatabase. */
  properties: readonly KeyValuePair[];
  readonly collections: Map<string, CollectionEntry>;
  /** Alias -> collection name. */
  readonly aliases: Map<string, string>;
}

/** Options of CreateCollection besides the schema. */
export interface CollectionOptions {
  readonly shardsNum?: number | undefined;
  readonly consistencyLevel?: number | undefined;
  readonly properties?: readonly KeyValuePair[] | undefined;
  /** `num_partitions` of a partition key collection (0: Milvus's default). */
  readonly numPartitions?: number | undefined;
}

/** What a query selected: rows of a collection, or only their number for `count(*)`. */
export interface QueryOutcome {
  readonly collection: CollectionEntry;
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
  readonly filter?: string | undefined;
  readonly partitions?: readonly string[] | undefined;
}

/** The hits of one search, per query vector. */
export interface SearchOutcome {
  readonly collection: CollectionEntry;
  readonly metric: Metric;
  readonly hits: ReadonlyArray<readonly Hit[]>;
  /** The field the hits are grouped by, if any. */
  readonly groupBy?: Field | undefined;
}

/** A database name from a request: empty means the default. */
function databaseName(name: string | undefined): string {
  return name === undefined || name === '' ? DEFAULT_DATABASE : name;
}

/** Every database, collection, alias and row of one test server. */
export class Catalog {
  readonly #databases = new Map<string, DatabaseEntry>();
  #nextId: bigint;
  #nextAutoId: bigint;

  /** @param now - the clock for creation and write times (milliseconds since the epoch) */
  constructor(readonly now: () => number = Date.now) {
    // Milvus IDs come from its timestamp oracle: physical milliseconds shifted by 18 bits,
    // far beyond 2^53, which catches clients that read int64 IDs as JavaScript numbers.
    const base = BigInt(Math.floor(now())) << 18n;
    this.#nextId = base;
    this.#nextAutoId = base;
    this.#addDatabase(DEFAULT_DATABASE, []);
  }

  #newId(): string {
    this.#nextId += 1n;
    return String(this.#nextId);
  }

  #addDatabase(name: string, properties: readonly KeyValuePair[]): void {
    this.#databases.set(name, { id: this.#newId(), name, createdAt: this.now(), properties, collections: new Map(), aliases: new Map() });
  }

  // ---- databases ------------------------------------------------------------------

  /** CreateDatabase. */
  createDatabase(name: string, properties: readonly KeyValuePair[] = []): void {
    checkName('database name', name);
    if (this.#databases.has(name)) fail('parameterInvalid', `database already exist: ${name}`);
    this.#addDatabase(name, properties);
  }

  /** DropDatabase: only empty ones, never `default`; dropping a missing one succeeds. */
  dropDatabase(name: string): void {
    if (name === DEFAULT_DATABASE) fail('parameterInvalid', 'can not drop default database');
    const database = this.#databases.get(name);
    if (database === undefined) return;
    if (database.collections.size > 0) fail('parameterInvalid', `database:${name} not empty, must drop all collections before drop database`);
    this.#databases.delete(name);
  }

  /** ListDatabases, oldest first. */
  listDatabases(): DatabaseEntry[] {
    return [...this.#databases.values()];
  }

  /** The database named by a request (empty: `default`). @throws MilvusFailure 800 */
  database(name?: string): DatabaseEntry {
    const resolved = databaseName(name);
    return this.#databases.get(resolved) ?? fail('databaseNotFound', { database: resolved });
  }

  // ---- collections ----------------------------------------------------------------

  /** CreateCollection; the same name with the same schema again succeeds, as in Milvus. */
  createCollection(db: string | undefined, name: string, message: CollectionSchemaMessage, options: CollectionOptions = {}): void {
    const database = this.database(db);
    checkName('collection name', name);
    if (message.name !== '' && message.name !== name) {
      fail('parameterInvalid', `collection name [${name}] matches not schema name [${message.name}]`);
    }
    const schema = checkSchema(message);
    const existing = database.collections.get(name);
    if (existing !== undefined) {
      if (JSON.stringify(existing.schema.message) === JSON.stringify(schema.message)) return;
      fail('parameterInvalid', `create duplicate collection with different parameters, collection: ${name}`);
    }
    if (database.aliases.has(name))
      fail('parameterInvalid', `collection name [${name}] conflicts with an existing alias, please choose a unique name`);
    const createdAt = this.now();
    const partitions = initialPartitions(schema.partitionKey !== undefined, options.numPartitions ?? 0);
    database.collections.set(name, {
      id: this.#newId(),
      name,
      database: database.name,
      schema,
      createdAt,
      shardsNum: options.shardsNum || 1,
      consistencyLevel: options.consistencyLevel ?? 2,
      properties: options.properties ?? [],
      rows: new RowStore(schema),
      partitions: new Map(partitions.map((partition) => [partition, { id: this.#newId(), name: partition, createdAt }])),
      indexes: new Map(),
      loaded: false,
    });
  }

  /** The collection a name or alias designates. @throws MilvusFailure 800, 100 */
  collection(db: string | undefined, name: string): CollectionEntry {
    const database = this.database(db);
    if (name === '') fail('parameterInvalid', 'collection name should not be empty');
    const found = database.collections.get(database.aliases.get(name) ?? name);
    return found ?? fail('collectionNotFound', { database: database.name, collection: name });
  }

  /** HasCollection: by name or alias. */
  hasCollection(db: string | undefined, name: string): boolean {
    const database = this.database(db);
    return database.collections.has(database.aliases.get(name) ?? name);
  }

  /** DropCollection: a missing collection is no error; one with aliases is. */
  dropCollection(db: string | undefined, name: string): void {
    const database = this.database(db);
    const collection = database.collections.get(name);
    if (collection === undefined) return;
    const aliases = this.aliasesOf(collection);
    if (aliases.length > 0) {
      fail(
        'parameterInvalid',
        `unable to drop the collection [${name}] because it has associated aliases [${aliases.join(', ')}], please remove all aliases before dropping the collection`,
      );
    }
    database.collections.delete(name);
  }

  /** RenameCollection, possibly into another database. */
  renameCollection(db: string | undefined, oldName: string, newName: string, newDb?: string): void {
    const database = this.database(db);
    const collection = database.collections.get(oldName) ?? fail('collectionNotFound', { database: database.name, collection: oldName });
    const target = newDb === undefined || newDb === '' ? database : this.database(newDb);
    checkName('collection name', newName);
    if (target.collections.has(newName) || target.aliases.has(newName))
      fail('parameterInvalid', `duplicated new collection name ${newName} in database ${target.name}`);
    if (target !== database && this.aliasesOf(collection).length > 0)
      fail('parameterInvalid', `fail to rename collection ${oldName} to another database, it has aliases`);
    database.collections.delete(oldName);
    collection.name = newName;
    collection.database = target.name;
    target.collections.set(newName, collection);
  }

  /** LoadCollection: every vector field needs an index first. */
  loadCollection(db: string | undefined, name: string): void {
    const collection = this.collection(db, name);
    this.checkLoadable(collection);
    collection.loaded = true;
    collection.loadedPartitions = undefined;
  }

  /** Loading needs an index on every vector field. @throws MilvusFailure 700 */
  checkLoadable(collection: CollectionEntry): void {
    const bare = collection.schema.vectors.find((field) => !collection.indexes.has(field.name));
    if (bare !== undefined)
      fail('indexNotFound', `there is no vector index on field: [${bare.name}], please create index firstly: collection=${collection.name}`);
  }

  /** ReleaseCollection. */
  releaseCollection(db: string | undefined, name: string): void {
    const collection = this.collection(db, name);
    collection.loaded = false;
    collection.loadedPartitions = undefined;
  }

  #loaded(collection: CollectionEntry): CollectionEntry {
    if (!collection.loaded) fail('collectionNotLoaded', { collection: collection.name });
    return collection;
  }

  // ---- aliases --------------------------------------------------------------------

  /** The aliases of a collection. */
  aliasesOf(collection: CollectionEntry): string[] {
    const database = this.database(collection.database);
    return [...database.aliases].filter(([, target]) => target === collection.name).map(([alias]) => alias);
  }

  /** CreateAlias. */
  createAlias(db: string | undefined, collectionName: string, alias: string): void {
    const database = this.database(db);
    checkName('alias', alias);
    if (database.collections.has(alias)) fail('aliasCollectionNameConflict', `alias ${alias} is a collection name`);
    const collection =
      database.collections.get(collectionName) ?? fail('collectionNotFound', { database: database.name, collection: collectionName });
    const current = database.aliases.get(alias);
    if (current === collection.name) return;
    if (current !== undefined) fail('aliasAlreadyExists', `alias ${alias} already exists and points to collection ${current}`);
    database.aliases.set(alias, collection.name);
  }

  /** AlterAlias: points an existing alias at another collection. */
  alterAlias(db: string | undefined, collectionName: string, alias: string): void {
    const database = this.database(db);
    if (!database.aliases.has(alias)) fail('aliasNotFound', { database: database.name, alias });
    const collection =
      database.collections.get(collectionName) ?? fail('collectionNotFound', { database: database.name, collection: collectionName });
    database.aliases.set(alias, collection.name);
  }

  /** DropAlias: a missing alias is no error. */
  dropAlias(db: string | undefined, alias: string): void {
    this.database(db).aliases.delete(alias);
  }

  /** DescribeAlias: the collection name. @throws MilvusFailure 1600 */
  describeAlias(db: string | undefined, alias: string): string {
    const database = this.database(db);
    return database.aliases.get(alias) ?? fail('aliasNotFound', { database: database.name, alias });
  }

  /** ListAliases, of one collection or of the whole database. */
  listAliases(db: string | undefined, collectionName: string): string[] {
    const database = this.database(db);
    if (collectionName === '') return [...database.aliases.keys()];
    return this.aliasesOf(this.collection(db, collectionName));
  }

  // ---- partitions -----------------------------------------------------------------

  /** CreatePartition; an existing one is no error. */
  createPartition(db: string | undefined, collectionName: string, partition: string): void {
    const collection = this.collection(db, collectionName);
    checkManualPartitions(collection, 'create');
    checkName('partition name', partition);
    if (!collection.partitions.has(partition)) collection.partitions.set(partition, { id: this.#newId(), name: partition, createdAt: this.now() });
  }

  /** DropPartition: not `_default`, not while loaded; a missing one is no error. */
  dropPartition(db: string | undefined, collectionName: string, partition: string): void {
    const collection = this.collection(db, collectionName);
    checkManualPartitions(collection, 'drop');
    if (partition === DEFAULT_PARTITION) fail('parameterInvalid', 'default partition cannot be deleted');
    if (!collection.partitions.has(partition)) return;
    if (partitionLoaded(collection, partition))
      fail('parameterInvalid', `partition cannot be dropped, partition is loaded, please release it first: partition=${partition}`);
    collection.partitions.delete(partition);
    collection.rows.dropPartition(partition);
  }

  // ---- indexes --------------------------------------------------------------------

  /** CreateIndex: one index a field; the same again succeeds, a different one does not. */
  createIndex(db: string | undefined, collectionName: string, fieldName: string, indexName: string, params: readonly KeyValuePair[]): void {
    const collection = this.collection(db, collectionName);
    const field =
      collection.schema.fields.find((candidate) => candidate.name === fieldName && !candidate.dynamic) ?? fail('fieldNotFound', { field: fieldName });
    const type = param(params, 'index_type') ?? 'AUTOINDEX';
    const kind = field.vector;
    const vector = kind !== undefined;
    const allowed = kind?.indexes ?? SCALAR_INDEXES;
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
    const name = indexName === '' ? fieldName : indexName;
    const existing = collection.indexes.get(fieldName);
    if (existing !== undefined) {
      const same =
        existing.name === name &&
        existing.metric === metric &&
        param(existing.params, 'index_type') === type &&
        param(existing.params, 'params') === param(params, 'params');
      if (same) return;
      fail('parameterInvalid', `at most one distinct index is allowed per field, field: ${fieldName}, index: ${existing.name}`);
    }
    if ([...collection.indexes.values()].some((index) => index.name === name))
      fail('parameterInvalid', `index name ${name} is used by another field`);
    const stored = [...params.filter((pair) => pair.key !== 'index_type' && pair.key !== 'metric_type'), { key: 'index_type', value: type }];
    if (vector) stored.push({ key: 'metric_type', value: metric });
    collection.indexes.set(fieldName, { id: this.#newId(), name, field, params: stored, metric });
  }

  /** The indexes matching a field or index name (all when both empty). @throws MilvusFailure 700 */
  describeIndex(db: string | undefined, collectionName: string, fieldName = '', indexName = ''): IndexEntry[] {
    const collection = this.collection(db, collectionName);
    const found = [...collection.indexes.values()].filter(
      (index) => (fieldName === '' || index.field.name === fieldName) && (indexName === '' || index.name === indexName),
    );
    if (found.length === 0) fail('indexNotFound', { collection: collection.name });
    return found;
  }

  /** DropIndex: not while loaded; a missing index is no error. */
  dropIndex(db: string | undefined, collectionName: string, fieldName = '', indexName = ''): void {
    const collection = this.collection(db, collectionName);
    const found = [...collection.indexes.values()].filter(
      (index) => (fieldName === '' || index.field.name === fieldName) && (indexName === '' || index.name === indexName),
    );
    if (found.length > 0 && collection.loaded) fail('parameterInvalid', 'index cannot be dropped, collection is loaded, please release it first');
    for (const index of found) collection.indexes.delete(index.field.name);
  }

  // ---- data -----------------------------------------------------------------------

  /** Insert or Upsert: the keys written, in order. */
  write(db: string | undefined, collectionName: string, partitionName: string, batch: Batch, upsert: boolean): Key[] {
    const collection = this.collection(db, collectionName);
    writePartitions(collection, [], partitionName); // checks the name before the rows
    const auto = collection.schema.primary.type === DataType.Int64 ? () => ++this.#nextAutoId : () => String(++this.#nextAutoId);
    const checked = withFunctionOutputs(collection.schema.functions, checkBatch(collection.schema, batch, auto, upsert));
    collection.rows.write(checked, writePartitions(collection, checked.rows, partitionName));
    return [...checked.keys];
  }

  /** Delete by filter (a key list is a filter too): how many entities went. */
  delete(db: string | undefined, collectionName: string, partitionName: string, expr: string): number {
    const collection = this.collection(db, collectionName);
    if (expr.trim() === '') fail('parameterInvalid', 'expr cannot be empty');
    const matches = compileFilter(collection.schema, expr);
    const partitions = coveredPartitions(collection, [partitionName], false);
    const slots = collection.rows.select(matches, partitions);
    return collection.rows.deleteKeys(slots.map((slot) => collection.rows.key(slot)));
  }

  /** Flush: nothing to persist, but the collections must exist. */
  flush(db: string | undefined, collectionNames: readonly string[]): void {
    for (const name of collectionNames) this.collection(db, name);
  }

  /**
   * The fields a search or query returns: the primary key always, `*` every schema field,
   * `$meta` every dynamic key, and other unknown names dynamic keys (when the schema has them).
   */
  outputs(collection: CollectionEntry, names: readonly string[]): { fields: Field[]; dynamicKeys: string[] | 'all' } {
    const { schema } = collection;
    const fields = new Set<Field>([schema.primary]);
    let dynamicKeys: string[] | 'all' = [];
    for (const name of names) {
      const field = schema.fields.find((candidate) => candidate.name === name);
      if (name === '*' || name === DYNAMIC_FIELD) {
        for (const each of schema.fields) if (!each.dynamic && !each.functionOutput && name === '*') fields.add(each);
        if (schema.dynamicField !== undefined) dynamicKeys = 'all';
      } else if (field?.functionOutput === true) {
        fail('parameterInvalid', `not allowed to retrieve raw data of field ${name}`);
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
  query(
    db: string | undefined,
    collectionName: string,
    options: {
      readonly expr: string;
      readonly outputFields: readonly string[];
      readonly partitions?: readonly string[] | undefined;
      readonly limit?: number | undefined;
      readonly offset?: number | undefined;
    },
  ): QueryOutcome {
    const collection = this.#loaded(this.collection(db, collectionName));
    const counting = options.outputFields.some((name) => name.replace(/\s/g, '').toLowerCase() === 'count(*)');
    const { limit, offset = 0 } = options;
    if (!counting && options.expr.trim() === '' && limit === undefined) fail('parameterInvalid', 'empty expression should be used with limit');
    if (limit !== undefined && (limit < 1 || limit + offset > MAX_TOPK))
      fail('parameterInvalid', `limit+offset should be in range [1, ${MAX_TOPK}], but got ${limit + offset}`);
    const matches: Predicate = compileFilter(collection.schema, options.expr);
    const all = collection.rows.select(matches, coveredPartitions(collection, options.partitions, true));
    if (counting) {
      if (options.outputFields.length > 1) fail('parameterInvalid', 'count entities with pagination or other output fields is not allowed');
      return { collection, slots: [], fields: [], dynamicKeys: [], count: all.length };
    }
    const slots = all.slice(offset, limit === undefined ? undefined : offset + limit);
    return { collection, slots, ...this.outputs(collection, options.outputFields) };
  }

  /** Search: exact top-k per query vector; needs the collection loaded. */
  search(db: string | undefined, collectionName: string, params: SearchParams): SearchOutcome {
    const collection = this.#loaded(this.collection(db, collectionName));
    const { vectors: fields } = collection.schema;
    const field =
      params.annsField === ''
        ? fields.length === 1
          ? (fields[0] as Field)
          : fail('parameterInvalid', `multiple anns_fields exist, please specify a anns_field in search_params`)
        : (fields.find((candidate) => candidate.name === params.annsField) ??
          fail('fieldNotFound', `failed to get field schema by name: fieldName(${params.annsField}) not found`));
    const index = collection.indexes.get(field.name) ?? fail('indexNotFound', { collection: collection.name, field: field.name });
    const asked = (params.metric ?? '').toUpperCase();
    if (asked !== '' && asked !== index.metric) fail('parameterInvalid', `metric type not match: expected=${index.metric}, actual=${asked}`);
    const offset = params.offset ?? 0;
    if (params.topK < 1 || params.topK + offset > MAX_TOPK)
      fail('parameterInvalid', `topk+offset should be in range [1, ${MAX_TOPK}], but got ${params.topK + offset}`);
    const matches = compileFilter(collection.schema, params.filter ?? '');
    const partitions = coveredPartitions(collection, params.partitions, true);
    const features = params.features ?? {};
    const queries = params.ids === undefined ? params.queries : storedQueries(collection, field, params.ids);
    const k = needsAllHits(features) ? Math.max(1, collection.rows.size) : params.topK + offset;
    const ranked = searchField(collection, field, index, queries, matches, partitions, k, params.range);
    const larger = largerIsBetter(index.metric);
    const hits = ranked.map((list) => finishHits(collection, list, features, params.topK, offset, larger));
    return { collection, metric: index.metric, hits, groupBy: features.groupBy?.field };
  }
}
