/**
 * The MilvusService methods that change what exists (collection, field, database and index
 * properties, added fields, truncation) and the index and flush reports beside them,
 * answered from a {@link Catalog}. The official SDK's `drop*Properties` calls are the Alter
 * methods with `delete_keys`.
 */
import type { Catalog } from './catalog.js';
import type { Collection } from './collection.js';
import { hybridTimestamp, indexDescriptions } from './metadata-methods.js';
import type { MethodTable } from './method-table.js';
import { type Schema, checkSchema, param } from './schema.js';
import { fail } from './status.js';
import { DataType, type FieldSchemaMessage, type KeyValuePair } from './wire.js';

/** What an Alter request changes: properties set, keys deleted. */
interface Alteration {
  readonly properties: readonly KeyValuePair[];
  readonly delete_keys: readonly string[];
}

/** Field properties AlterCollectionField may change, as Milvus allows. */
const ALTERABLE_FIELD_KEYS = new Set(['max_length', 'max_capacity', 'mmap.enabled', 'warmup']);

/**
 * Properties with `properties` set and `delete_keys` removed; Milvus refuses both at once.
 *
 * @param what - what is altered, for the message
 */
export function alteredProperties(current: readonly KeyValuePair[], alteration: Alteration, what: string): KeyValuePair[] {
  const { properties: set, delete_keys: drop } = alteration;
  if (set.length > 0 && drop.length > 0) fail('parameterInvalid', `can not provide properties and deletekeys at the same time when altering ${what}`);
  if (set.length === 0 && drop.length === 0) fail('parameterInvalid', `no properties or delete keys provided when altering ${what}`);
  const next = new Map(current.map((pair) => [pair.key, pair.value]));
  for (const { key, value } of set) next.set(key, value);
  for (const key of drop) next.delete(key);
  return [...next].map(([key, value]) => ({ key, value }));
}

/** The schema's fields without the hidden `$meta` field, to build a changed schema from. */
function userFields(schema: Schema): FieldSchemaMessage[] {
  return schema.fields.filter((field) => !field.dynamic).map((field) => field.message);
}

function rebuilt(collection: Collection, fields: FieldSchemaMessage[]): Schema {
  return checkSchema({ ...collection.schema.message, name: collection.name, fields }, collection.name);
}

/**
 * The alter methods.
 *
 * @param catalog - the data
 * @param decodeField - decodes AddCollectionField's `schema` bytes (a `FieldSchema`)
 */
export function alterMethods(catalog: Catalog, decodeField: (bytes: Buffer) => FieldSchemaMessage): MethodTable {
  return {
    AlterCollection: (request, db) => {
      const collection = catalog.collection(db, request.collection_name);
      collection.properties = alteredProperties(collection.properties, request, `collection ${collection.name}`);
    },
    AlterCollectionField: (request, db) => {
      const collection = catalog.collection(db, request.collection_name);
      const fields = userFields(collection.schema);
      const at = fields.findIndex((field) => field.name === request.field_name);
      if (at < 0) fail('fieldNotFound', { field: request.field_name });
      const field = fields[at] as FieldSchemaMessage;
      for (const key of [...request.properties.map((pair) => pair.key), ...request.delete_keys]) {
        if (!ALTERABLE_FIELD_KEYS.has(key))
          fail('parameterInvalid', `${key} is not a field property that can be altered, allowed: ${[...ALTERABLE_FIELD_KEYS].join(', ')}`);
      }
      if (param(request.properties, 'max_length') !== undefined && field.data_type !== DataType.VarChar && field.data_type !== DataType.Array)
        fail('parameterInvalid', `max_length can only be altered on a VarChar field, not ${field.name}`);
      fields[at] = { ...field, type_params: alteredProperties(field.type_params ?? [], request, `field ${field.name}`) };
      collection.schema = rebuilt(collection, fields);
    },
    AddCollectionField: (request, db) => {
      const collection = catalog.collection(db, request.collection_name);
      const added = decodeField(request.schema);
      if (added.is_primary_key === true) fail('parameterInvalid', 'can not add a primary key field');
      if (added.nullable !== true) fail('parameterInvalid', `added field must be nullable, please check it, field name = ${added.name}`);
      if (collection.schema.fields.some((field) => field.name === added.name)) fail('parameterInvalid', `duplicate field name: ${added.name}`);
      const schema = rebuilt(collection, [...userFields(collection.schema), added]);
      if (schema.vectors.length !== collection.schema.vectors.length)
        fail('parameterInvalid', 'vector fields can not be added by the milvex test server');
      collection.schema = schema;
    },
    AlterDatabase: (request, db) => {
      const database = catalog.database(request.db_name || db);
      database.properties = alteredProperties(database.properties, request, `database ${database.name}`);
    },

    AlterIndex: (request, db) => {
      const collection = catalog.collection(db, request.collection_name);
      for (const index of collection.describeIndex('', request.index_name)) {
        const fixed = [...request.extra_params.map((pair) => pair.key), ...request.delete_keys].find(
          (key) => key === 'index_type' || key === 'metric_type',
        );
        if (fixed !== undefined) fail('parameterInvalid', `${fixed} of index ${index.name} can not be altered`);
        index.params = alteredProperties(
          index.params,
          { properties: request.extra_params, delete_keys: request.delete_keys },
          `index ${index.name} of ${collection.name}`,
        );
      }
    },
    GetIndexStatistics: (request, db) => ({
      index_descriptions: indexDescriptions(catalog.collection(db, request.collection_name), '', request.index_name),
    }),
    GetIndexBuildProgress: (request, db) => {
      const collection = catalog.collection(db, request.collection_name);
      indexDescriptions(collection, request.field_name, request.index_name);
      return { indexed_rows: String(collection.rows.size), total_rows: String(collection.rows.size) };
    },

    TruncateCollection: (request, db) => {
      const { rows } = catalog.collection(db, request.collection_name);
      rows.deleteKeys(rows.select(() => true).map((slot) => rows.key(slot)));
      return {};
    },
    // Every write is visible at once: a flush of everything is done when it is asked.
    FlushAll: () => ({ flush_all_ts: hybridTimestamp(catalog.now()) }),
    GetFlushAllState: () => ({ flushed: true }),
  };
}
