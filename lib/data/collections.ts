/**
 * The collection-level operations behind the facade's `createCollection`, `collection`,
 * `hasCollection`, `listCollections` and `dropCollection`.
 */
import { InvalidError } from '../errors.js';
import { encodeCollectionSchema } from '../protocol/codec.js';
import { Collection } from './collection.js';
import type { DataCallOptions, DataContext } from './context.js';
import type { FieldNameOf } from './rows.js';
import { type Consistency, type IndexSpec, consistency } from './params.js';
import { type Schema, type UntypedSchema, collectionSchemaMessage } from './schema.js';

/** Options of `createCollection`, besides the call options. */
export interface CreateCollectionOptions<S extends Schema> extends DataCallOptions {
  /** Indexes to build, by field name, e.g. `{ embedding: { type: 'HNSW', metric: 'COSINE', params: { M: 16 } } }`. */
  readonly index?: { readonly [K in FieldNameOf<S>]?: IndexSpec };
  /** Load the collection (after building the indexes) and wait until it is loaded. @default false */
  readonly load?: boolean;
  /** The collection's default consistency level. @default Bounded (Milvus's) */
  readonly consistency?: Consistency;
  /** Shards. @default Milvus's (1) */
  readonly shards?: number;
  /** Partitions made for the partition key. @default Milvus's (16) */
  readonly partitions?: number;
}

const CREATE_KEYS: ReadonlySet<string> = new Set(['index', 'load', 'consistency', 'shards', 'partitions']);

/**
 * Creates a collection from a schema, builds its indexes and loads it if asked.
 *
 * @param context - the connection's call and scheduler
 * @param name - the collection name
 * @param declared - the schema
 * @param options - indexes, load, consistency, shards, partitions, and call options
 * @returns the typed collection
 */
export async function createCollection<S extends Schema>(
  context: DataContext,
  name: string,
  declared: S,
  options: CreateCollectionOptions<S> = {},
): Promise<Collection<S>> {
  const call = Object.fromEntries(Object.entries(options).filter(([key]) => !CREATE_KEYS.has(key))) as DataCallOptions;
  if (typeof declared !== 'object' || declared === null || !Array.isArray(declared.names)) {
    throw new InvalidError('schema', 'Invalid argument "schema" of createCollection: expected a schema made by schema({...})');
  }
  const collection = new Collection(context, name, declared, true);
  const indexes = Object.entries(options.index ?? {}) as Array<[string, IndexSpec]>;
  for (const [fieldName] of indexes) {
    if (!declared.names.includes(fieldName))
      throw new InvalidError(
        `index.${fieldName}`,
        `Invalid option "index": "${fieldName}" is not a field of the schema (${declared.names.join(', ')})`,
      );
  }
  const { consistency_level } = consistency(options.consistency);
  await context.call(
    'CreateCollection',
    {
      collection_name: name,
      schema: encodeCollectionSchema(collectionSchemaMessage(name, declared)),
      ...(consistency_level === undefined ? {} : { consistency_level }),
      ...(options.shards === undefined ? {} : { shards_num: options.shards }),
      ...(options.partitions === undefined ? {} : { num_partitions: options.partitions }),
    },
    call,
  );
  for (const [fieldName, spec] of indexes) await collection.createIndex(fieldName, spec, call);
  if (options.load === true) await collection.load(call);
  return collection;
}

/**
 * A handle on an existing collection, without a call: with a schema, typed (checked against the
 * server's on first use); without, untyped (the server's schema read on first use).
 */
export function openCollection<S extends Schema = UntypedSchema>(context: DataContext, name: string, declared?: S): Collection<S> {
  return new Collection(context, name, declared);
}

/** Whether a collection exists. */
export async function hasCollection(context: DataContext, name: string, options?: DataCallOptions): Promise<boolean> {
  const reply = await context.call('HasCollection', { collection_name: name }, options);
  return reply.value;
}

/** The names of the database's collections. */
export async function listCollections(context: DataContext, options?: DataCallOptions): Promise<string[]> {
  const reply = await context.call('ShowCollections', {}, options);
  return reply.collection_names;
}

/** Drops a collection and its data. */
export async function dropCollection(context: DataContext, name: string, options?: DataCallOptions): Promise<void> {
  await context.call('DropCollection', { collection_name: name }, options);
}
