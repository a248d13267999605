/**
 * The in-memory Milvus: databases holding collections and aliases, with the checks and merr
 * codes a Milvus proxy answers with. Pure (no gRPC, no I/O): the service in `service.ts` maps
 * requests onto it, and it lives as long as its test server instance, so data outlives
 * `kill()` and `restart()`. Once a request's collection is found, the {@link Collection}
 * entity answers the rest.
 */
import { Collection, type CollectionContext, type CollectionOptions } from './collection.js';
import { checkName } from './names.js';
import { checkSchema } from './schema.js';
import { fail } from './status.js';
import type { CollectionSchemaMessage, KeyValuePair } from './wire.js';

/** The database every Milvus has, used when a request names none. */
export const DEFAULT_DATABASE = 'default';

/** A database. */
export interface DatabaseEntry {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  /** Replaced whole by AlterDatabase. */
  properties: readonly KeyValuePair[];
  readonly collections: Map<string, Collection>;
  /** Alias -> collection name. */
  readonly aliases: Map<string, string>;
}

/** A database name from a request: empty means the default. */
function databaseName(name: string | undefined): string {
  return name === undefined || name === '' ? DEFAULT_DATABASE : name;
}

/** Every database, collection, alias and row of one test server. */
export class Catalog {
  readonly #databases = new Map<string, DatabaseEntry>();
  readonly #context: CollectionContext;

  /** @param now - the clock for creation and write times (milliseconds since the epoch) */
  constructor(readonly now: () => number = Date.now) {
    // Milvus IDs come from its timestamp oracle: physical milliseconds shifted by 18 bits,
    // far beyond 2^53, which catches clients that read int64 IDs as JavaScript numbers.
    const base = BigInt(Math.floor(now())) << 18n;
    let nextId = base;
    let nextAutoId = base;
    this.#context = { newId: () => String(++nextId), nextAutoId: () => ++nextAutoId, now };
    this.#addDatabase(DEFAULT_DATABASE, []);
  }

  #addDatabase(name: string, properties: readonly KeyValuePair[]): void {
    this.#databases.set(name, { id: this.#context.newId(), name, createdAt: this.now(), properties, collections: new Map(), aliases: new Map() });
  }

  // ---- databases ------------------------------------------------------------------

  /** CreateDatabase. */
  createDatabase(name: string, properties: readonly KeyValuePair[] = []): void {
    checkName('database', name);
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
    checkName('collection', name);
    if (message.name !== '' && message.name !== name) {
      fail('parameterInvalid', `collection name [${name}] matches not schema name [${message.name}]`);
    }
    const schema = checkSchema(message, name);
    const existing = database.collections.get(name);
    if (existing !== undefined) {
      if (JSON.stringify(existing.schema.message) === JSON.stringify(schema.message)) return;
      fail('parameterInvalid', `create duplicate collection with different parameters, collection: ${name}`);
    }
    if (database.aliases.has(name))
      fail('parameterInvalid', `collection name [${name}] conflicts with an existing alias, please choose a unique name`);
    database.collections.set(name, new Collection(name, database.name, schema, options, this.#context));
  }

  /** The collection a name or alias designates. @throws MilvusFailure 800, 100 */
  collection(db: string | undefined, name: string): Collection {
    const database = this.database(db);
    if (name === '') checkName('collection', name);
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
    checkName('collection', newName);
    if (target.collections.has(newName) || target.aliases.has(newName))
      fail('parameterInvalid', `duplicated new collection name ${newName} in database ${target.name}`);
    if (target !== database && this.aliasesOf(collection).length > 0)
      fail('parameterInvalid', `fail to rename collection ${oldName} to another database, it has aliases`);
    database.collections.delete(oldName);
    collection.name = newName;
    collection.database = target.name;
    target.collections.set(newName, collection);
  }

  /** Flush: nothing to persist, but the collections must exist. */
  flush(db: string | undefined, collectionNames: readonly string[]): void {
    for (const name of collectionNames) this.collection(db, name);
  }

  // ---- aliases --------------------------------------------------------------------

  /** The aliases of a collection. */
  aliasesOf(collection: Collection): string[] {
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
}
