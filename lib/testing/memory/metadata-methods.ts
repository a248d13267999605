/**
 * The MilvusService methods that manage metadata (databases, collections, aliases,
 * partitions, indexes, load state), answered from a {@link Catalog}. Each takes the decoded
 * request and the database the call is for, and returns the reply without its status: the
 * service adds the status, and turns a thrown `MilvusFailure` into one.
 */
import type { Catalog } from './catalog.js';
import type { Collection } from './collection.js';
import { type MethodTable, type ReplyOf, answer } from './method-table.js';
import { loadedShare, partitionLoaded } from './partitions.js';
import { fail } from './status.js';
import type { CollectionSchemaMessage } from './wire.js';

/** Milvus's hybrid timestamp of a wall-clock time: milliseconds shifted past 18 logical bits. */
export function hybridTimestamp(ms: number): string {
  return String(BigInt(Math.floor(ms)) << 18n);
}

/** `common.LoadState` values. */
const LOAD_STATE = { NotLoad: 1, Loaded: 3 } as const;
/** `ShowType.InMemory`: only loaded collections. */
const SHOW_IN_MEMORY = 1;
/** `common.IndexState.Finished`: indexes build at once here. */
const INDEX_FINISHED = 3;

function describeCollection(catalog: Catalog, collection: Collection) {
  const created = hybridTimestamp(collection.createdAt);
  return {
    schema: { name: collection.name, ...collection.schema.message },
    collectionID: collection.id,
    virtual_channel_names: [`by-dev-rootcoord-dml_0_${collection.id}v0`],
    physical_channel_names: ['by-dev-rootcoord-dml_0'],
    created_timestamp: created,
    created_utc_timestamp: String(collection.createdAt),
    shards_num: collection.shardsNum,
    aliases: catalog.aliasesOf(collection),
    consistency_level: collection.consistencyLevel,
    collection_name: collection.name,
    properties: collection.properties,
    db_name: collection.database,
    num_partitions: String(collection.partitions.size),
    db_id: catalog.database(collection.database).id,
    update_timestamp: created,
    update_timestamp_str: created,
  };
}

/** `IndexDescription`s of the indexes matching a field or index name (all when both empty). @throws MilvusFailure 700 */
export function indexDescriptions(
  collection: Collection,
  fieldName: string,
  indexName: string,
): NonNullable<ReplyOf<'DescribeIndex'>['index_descriptions']> {
  const rows = String(collection.rows.size);
  return collection.describeIndex(fieldName, indexName).map((index) => ({
    index_name: index.name,
    indexID: index.id,
    params: index.params,
    field_name: index.field.name,
    indexed_rows: rows,
    total_rows: rows,
    state: INDEX_FINISHED,
    pending_index_rows: '0',
  }));
}

/**
 * The metadata methods.
 *
 * @param catalog - the data
 * @param decodeSchema - decodes CreateCollection's `schema` bytes (a `CollectionSchema`)
 */
export function metadataMethods(catalog: Catalog, decodeSchema: (bytes: Buffer) => CollectionSchemaMessage): MethodTable {
  return {
    // pymilvus asks for a timestamp while it waits for an index to build.
    AllocTimestamp: () => ({ timestamp: hybridTimestamp(catalog.now()) }),
    CreateDatabase: (request) => catalog.createDatabase(request.db_name, request.properties),
    DropDatabase: (request) => catalog.dropDatabase(request.db_name),
    ListDatabases: () => {
      const databases = catalog.listDatabases();
      return {
        db_names: databases.map((db) => db.name),
        created_timestamp: databases.map((db) => hybridTimestamp(db.createdAt)),
        db_ids: databases.map((db) => db.id),
      };
    },
    DescribeDatabase: (request, db) => {
      const database = catalog.database(request.db_name || db);
      return { db_name: database.name, dbID: database.id, created_timestamp: hybridTimestamp(database.createdAt), properties: database.properties };
    },

    CreateCollection: (request, db) =>
      catalog.createCollection(db, request.collection_name, decodeSchema(request.schema), {
        shardsNum: request.shards_num,
        consistencyLevel: request.consistency_level,
        properties: request.properties,
        numPartitions: Number(request.num_partitions),
      }),
    HasCollection: (request, db) => ({ value: catalog.hasCollection(db, request.collection_name) }),
    DescribeCollection: (request, db) => describeCollection(catalog, catalog.collection(db, request.collection_name)),
    BatchDescribeCollection: (request, db) => {
      if (request.collection_name.length === 0) fail('parameterMissing', 'collection names cannot be empty');
      // Each collection answers for itself, as in Milvus: one missing name fails its own response only.
      const each = (name: string): object => describeCollection(catalog, catalog.collection(db, name));
      return { responses: request.collection_name.map((name) => answer(() => each(name), {}, db, false)) };
    },
    ShowCollections: (request, db) => {
      const asked = request.collection_names ?? [];
      const named = asked.length > 0 ? asked.map((name) => catalog.collection(db, name)) : [...catalog.database(db).collections.values()];
      const collections = request.type === SHOW_IN_MEMORY ? named.filter((c) => c.loaded) : named;
      return {
        collection_names: collections.map((c) => c.name),
        collection_ids: collections.map((c) => c.id),
        created_timestamps: collections.map((c) => hybridTimestamp(c.createdAt)),
        created_utc_timestamps: collections.map((c) => String(c.createdAt)),
        inMemory_percentages: collections.map((c) => (c.loaded ? '100' : '0')),
        query_service_available: collections.map((c) => c.loaded),
        shards_num: collections.map((c) => c.shardsNum),
      };
    },
    DropCollection: (request, db) => catalog.dropCollection(db, request.collection_name),
    RenameCollection: (request, db) => catalog.renameCollection(db, request.oldName, request.newName, request.newDBName),
    GetCollectionStatistics: (request, db) => ({
      stats: [{ key: 'row_count', value: String(catalog.collection(db, request.collection_name).rows.size) }],
    }),
    LoadCollection: (request, db) => catalog.collection(db, request.collection_name).load(),
    ReleaseCollection: (request, db) => catalog.collection(db, request.collection_name).release(),
    GetLoadState: (request, db) => ({
      state: loadedShare(catalog.collection(db, request.collection_name), request.partition_names) === 100 ? LOAD_STATE.Loaded : LOAD_STATE.NotLoad,
    }),
    GetLoadingProgress: (request, db) => {
      const share = loadedShare(catalog.collection(db, request.collection_name), request.partition_names);
      return { progress: String(share), refresh_progress: String(share) };
    },

    CreateAlias: (request, db) => catalog.createAlias(db, request.collection_name, request.alias),
    AlterAlias: (request, db) => catalog.alterAlias(db, request.collection_name, request.alias),
    DropAlias: (request, db) => catalog.dropAlias(db, request.alias),
    // Milvus echoes the request's own db_name here (empty when the database came as metadata or
    // not at all), unlike DescribeCollection, which names the database: milvus-lite and Go 2.3.5.
    DescribeAlias: (request, db) => ({
      db_name: request.db_name,
      alias: request.alias,
      collection: catalog.describeAlias(db, request.alias),
    }),
    ListAliases: (request, db) => ({
      db_name: request.db_name,
      collection_name: request.collection_name,
      aliases: catalog.listAliases(db, request.collection_name),
    }),

    CreatePartition: (request, db) => catalog.collection(db, request.collection_name).createPartition(request.partition_name),
    HasPartition: (request, db) => ({
      value: catalog.collection(db, request.collection_name).partitions.has(request.partition_name),
    }),
    ShowPartitions: (request, db) => {
      const collection = catalog.collection(db, request.collection_name);
      const all = [...collection.partitions.values()];
      const partitions = request.type === SHOW_IN_MEMORY ? all.filter((p) => partitionLoaded(collection, p.name)) : all;
      return {
        partition_names: partitions.map((p) => p.name),
        partitionIDs: partitions.map((p) => p.id),
        created_timestamps: partitions.map((p) => hybridTimestamp(p.createdAt)),
        created_utc_timestamps: partitions.map((p) => String(p.createdAt)),
        inMemory_percentages: partitions.map((p) => (partitionLoaded(collection, p.name) ? '100' : '0')),
      };
    },
    DropPartition: (request, db) => catalog.collection(db, request.collection_name).dropPartition(request.partition_name),

    CreateIndex: (request, db) =>
      catalog.collection(db, request.collection_name).createIndex(request.field_name, request.index_name, request.extra_params),
    DescribeIndex: (request, db) => ({
      index_descriptions: indexDescriptions(catalog.collection(db, request.collection_name), request.field_name, request.index_name),
    }),
    DropIndex: (request, db) => catalog.collection(db, request.collection_name).dropIndex(request.field_name, request.index_name),
    GetIndexState: (request, db) => {
      catalog.collection(db, request.collection_name).describeIndex(request.field_name, request.index_name);
      return { state: INDEX_FINISHED, fail_reason: '' };
    },
  };
}
