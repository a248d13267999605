/**
 * Partitions beyond the `_default` one: which are loaded (LoadPartitions loads some, and a
 * search or query then sees only those), and partition key collections, whose rows pick
 * their partition by the hash of the partition key, so a client never names one.
 */
import type { Collection } from './collection.js';
import { fail } from './status.js';

/** How many partitions a partition key collection gets when CreateCollection names none (Milvus's default). */
export const DEFAULT_KEY_PARTITIONS = 16;
/** Milvus's `rootCoord.maxPartitionNum`. */
const MAX_PARTITIONS = 1024;

/** Milvus's refusal of a partition name in a partition key collection. */
const KEY_MODE_NAMES = 'not support manually specifying the partition names if partition key mode is used';

/**
 * The partition names of a new collection: `_default`, or for a partition key schema
 * `_default_0` .. `_default_{n-1}`.
 *
 * @param keyed - whether the schema has a partition key
 * @param requested - CreateCollection's `num_partitions` (0 when not set)
 */
export function initialPartitions(keyed: boolean, requested: number): string[] {
  if (!keyed) {
    if (requested > 0) fail('parameterInvalid', 'num_partitions should only be specified with partition key field enabled');
    return ['_default'];
  }
  const count = requested > 0 ? requested : DEFAULT_KEY_PARTITIONS;
  if (count > MAX_PARTITIONS) fail('parameterInvalid', `partition number (${count}) exceeds max configuration (${MAX_PARTITIONS})`);
  return Array.from({ length: count }, (_, i) => `_default_${i}`);
}

/** Refuses CreatePartition and DropPartition on a partition key collection, as Milvus does. */
export function checkManualPartitions(collection: Collection, verb: 'create' | 'drop'): void {
  if (collection.schema.partitionKey !== undefined) fail('unexpected', `disable ${verb} partition if partition key mode is used`);
}

/** Which request names partitions: Milvus's query task refuses them with 1100, the others with a plain error. */
export type PartitionUse = 'write' | 'delete' | 'search' | 'query';

/** Refuses a partition name in a request on a partition key collection. */
export function checkNoPartitionNames(collection: Collection, names: readonly string[], use: PartitionUse): void {
  if (collection.schema.partitionKey === undefined || names.every((name) => name === '')) return;
  // The query task wraps merr's invalid parameter; insert, delete and search return a plain Go error (65535, the message alone).
  fail(use === 'query' ? 'parameterInvalid' : 'unexpected', KEY_MODE_NAMES);
}

/** A 32-bit FNV-1a hash of a partition key value (Milvus hashes too; only the spread matters here). */
function hash(value: unknown): number {
  let h = 0x811c9dc5;
  for (const char of String(value)) {
    h ^= char.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Where each row of a write goes: the named partition, or in a partition key collection the
 * partition its key value hashes to.
 *
 * @param rows - the checked rows' values
 * @param named - the request's `partition_name` (empty: `_default`)
 */
export function writePartitions(
  collection: Collection,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  named: string,
): (row: number) => string {
  const key = collection.schema.partitionKey;
  if (key === undefined) {
    const partition = named === '' ? '_default' : named;
    if (!collection.partitions.has(partition)) fail('partitionNotFound', { partition });
    return () => partition;
  }
  checkNoPartitionNames(collection, [named], 'write');
  const names = [...collection.partitions.keys()];
  return (row) => names[hash(rows[row]?.[key.name]) % names.length] as string;
}

/** Whether a partition is loaded (the whole collection loaded, or the partition itself). */
export function partitionLoaded(collection: Collection, name: string): boolean {
  return collection.loaded && (collection.loadedPartitions === undefined || collection.loadedPartitions.has(name));
}

/** LoadPartitions: the named ones join the loaded set; a collection loaded whole stays so. */
export function loadPartitions(collection: Collection, names: readonly string[]): void {
  if (names.length === 0) fail('parameterInvalid', 'partition names should not be empty');
  for (const name of names) if (!collection.partitions.has(name)) fail('partitionNotFound', { partition: name });
  if (collection.loaded && collection.loadedPartitions === undefined) return;
  collection.loadedPartitions = new Set([...(collection.loadedPartitions ?? []), ...names]);
  collection.loaded = true;
}

/** ReleasePartitions: the named ones leave the loaded set; releasing the last releases the collection. */
export function releasePartitions(collection: Collection, names: readonly string[]): void {
  if (names.length === 0) fail('parameterInvalid', 'partition names should not be empty');
  if (!collection.loaded) return;
  const left = new Set(collection.loadedPartitions ?? collection.partitions.keys());
  for (const name of names) left.delete(name);
  collection.loaded = left.size > 0;
  collection.loadedPartitions = left.size > 0 ? left : undefined;
}

/**
 * The partitions a search, query or delete covers: those named (each must exist, and be
 * loaded for a read), else every loaded one (undefined: all).
 *
 * @param use - a search or query (which need loaded partitions) or a delete
 * @throws MilvusFailure 200 partition not found, 201 partition not loaded, 1100 in partition key mode
 */
export function coveredPartitions(collection: Collection, names: readonly string[] | undefined, use: PartitionUse): ReadonlySet<string> | undefined {
  const asked = (names ?? []).filter((name) => name !== '');
  checkNoPartitionNames(collection, asked, use);
  const read = use !== 'delete';
  if (asked.length === 0) return read ? collection.loadedPartitions : undefined;
  for (const name of asked) {
    if (!collection.partitions.has(name)) fail('partitionNotFound', { partition: name });
    if (read && !partitionLoaded(collection, name)) fail('partitionNotLoaded', { partition: name });
  }
  return new Set(asked);
}

/**
 * How much of a collection (or of the named partitions) is loaded, in percent: loading is
 * done at once here, so a partition counts 0 or 100, and a collection that LoadPartitions
 * loaded in part counts as loaded, as in Milvus.
 */
export function loadedShare(collection: Collection, names: readonly string[] | undefined): number {
  const asked = names ?? [];
  if (asked.length === 0) return collection.loaded ? 100 : 0;
  for (const name of asked) if (!collection.partitions.has(name)) fail('partitionNotFound', { partition: name });
  return Math.floor((100 * asked.filter((name) => partitionLoaded(collection, name)).length) / asked.length);
}
