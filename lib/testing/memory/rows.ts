/**
 * The rows of one collection. Each entity has a slot: its key, its partition, its scalar
 * values (one object) and, per vector field, `dim` floats in a growing `Float32Array` with
 * the vector's norm beside it. A write of an existing key replaces the old entity (Milvus
 * deduplicates by primary key, the newest write winning); a deleted slot stays a hole until
 * enough holes pile up to compact.
 */
import type { CheckedBatch, Key } from './batch.js';
import type { RowValues } from './predicate.js';
import type { Scalar, Schema } from './schema.js';
import { type SearchSpace, norm } from './search.js';
import type { SparseRow } from './vector-kinds.js';

const EMPTY_SPARSE: SparseRow = { indices: new Uint32Array(0), values: new Float32Array(0) };

interface VectorColumn {
  data: Float32Array;
  norms: Float32Array;
  readonly dim: number;
}

/** Orders keys: Int64 numerically, VarChar by code unit. */
export function keyOrder(a: Key, b: Key): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Holes are compacted once there are this many and they outnumber the live rows. */
const COMPACT_AT = 1024;

/** The stored entities of a collection. */
export class RowStore {
  #used = 0;
  #live = 0;
  #keys: Array<Key | undefined> = [];
  #partitions: Array<string | undefined> = [];
  #values: Array<Readonly<Record<string, Scalar | null>> | undefined> = [];
  readonly #vectors = new Map<string, VectorColumn>();
  /** Sparse vector fields: a row a slot. */
  readonly #sparse = new Map<string, Array<SparseRow | undefined>>();
  readonly #slotOf = new Map<Key, number>();

  constructor(schema: Schema) {
    for (const field of schema.vectors) {
      if (field.vector?.dense === false) this.#sparse.set(field.name, []);
      else this.#vectors.set(field.name, { data: new Float32Array(0), norms: new Float32Array(0), dim: field.dim });
    }
  }

  /** How many entities are stored. */
  get size(): number {
    return this.#live;
  }

  /** Stores a checked batch, row `i` in `partitionOf(i)`, replacing entities with the same keys. */
  write(batch: CheckedBatch, partitionOf: (row: number) => string): void {
    this.#reserve(this.#used + batch.count);
    for (let i = 0; i < batch.count; i += 1) {
      const key = batch.keys[i] as Key;
      this.delete(key);
      const slot = this.#used++;
      this.#keys[slot] = key;
      this.#partitions[slot] = partitionOf(i);
      this.#values[slot] = batch.rows[i];
      for (const [name, column] of this.#vectors) {
        const source = batch.vectors.get(name) as Float32Array;
        column.data.set(source.subarray(i * column.dim, (i + 1) * column.dim), slot * column.dim);
        column.norms[slot] = norm(column.data, slot * column.dim, column.dim);
      }
      for (const [name, column] of this.#sparse) column[slot] = batch.sparse.get(name)?.[i];
      this.#slotOf.set(key, slot);
      this.#live += 1;
    }
    this.#compactIfSparse();
  }

  /** Deletes the entity with `key`; whether there was one. */
  delete(key: Key): boolean {
    const slot = this.#slotOf.get(key);
    if (slot === undefined) return false;
    this.#slotOf.delete(key);
    this.#keys[slot] = undefined;
    this.#values[slot] = undefined;
    for (const column of this.#sparse.values()) column[slot] = undefined;
    this.#partitions[slot] = undefined;
    this.#live -= 1;
    return true;
  }

  /** How many entities a partition holds. */
  countIn(partition: string): number {
    let count = 0;
    for (let slot = 0; slot < this.#used; slot += 1) if (this.#keys[slot] !== undefined && this.#partitions[slot] === partition) count += 1;
    return count;
  }

  /** Removes every entity of a partition. */
  dropPartition(partition: string): void {
    for (let slot = 0; slot < this.#used; slot += 1) {
      const key = this.#keys[slot];
      if (key !== undefined && this.#partitions[slot] === partition) this.delete(key);
    }
    this.#compactIfSparse();
  }

  /** Compacts when deletions left many holes (call after a batch of deletions). */
  #compactIfSparse(): void {
    const holes = this.#used - this.#live;
    if (holes < COMPACT_AT || holes < this.#live) return;
    let next = 0;
    for (let slot = 0; slot < this.#used; slot += 1) {
      const key = this.#keys[slot];
      if (key === undefined) continue;
      this.#keys[next] = key;
      this.#partitions[next] = this.#partitions[slot];
      this.#values[next] = this.#values[slot];
      for (const column of this.#vectors.values()) {
        column.data.copyWithin(next * column.dim, slot * column.dim, (slot + 1) * column.dim);
        column.norms[next] = column.norms[slot] as number;
      }
      for (const column of this.#sparse.values()) column[next] = column[slot];
      this.#slotOf.set(key, next);
      next += 1;
    }
    this.#used = next;
    for (const list of [this.#keys, this.#partitions, this.#values, ...this.#sparse.values()]) list.length = next;
  }

  /** Deletes the given keys; how many existed. */
  deleteKeys(keys: readonly Key[]): number {
    const deleted = keys.filter((key) => this.delete(key)).length;
    this.#compactIfSparse();
    return deleted;
  }

  /**
   * The slots of the entities that are in `partitions` (all when undefined) and match,
   * ordered by key.
   */
  select(matches: (row: RowValues) => boolean, partitions?: ReadonlySet<string>): number[] {
    const slots: number[] = [];
    for (let slot = 0; slot < this.#used; slot += 1) {
      if (this.#accepts(slot, matches, partitions)) slots.push(slot);
    }
    return slots.sort((a, b) => keyOrder(this.#keys[a] as Key, this.#keys[b] as Key));
  }

  #accepts(slot: number, matches: (row: RowValues) => boolean, partitions: ReadonlySet<string> | undefined): boolean {
    const values = this.#values[slot];
    return values !== undefined && (partitions === undefined || partitions.has(this.#partitions[slot] as string)) && matches(values);
  }

  /** The slot of a stored key, if it is stored. */
  slotOf(key: Key): number | undefined {
    return this.#slotOf.get(key);
  }

  /** The key of a live slot. */
  key(slot: number): Key {
    return this.#keys[slot] as Key;
  }

  /** The scalar values of a live slot. */
  values(slot: number): Readonly<Record<string, Scalar | null>> {
    return this.#values[slot] ?? {};
  }

  /** The vector of `field` at a live slot (a view, not a copy). */
  vector(field: string, slot: number): Float32Array {
    const column = this.#vectors.get(field) as VectorColumn;
    return column.data.subarray(slot * column.dim, (slot + 1) * column.dim);
  }

  /** The sparse vector of `field` at a live slot. */
  sparse(field: string, slot: number): SparseRow {
    return this.#sparse.get(field)?.[slot] ?? EMPTY_SPARSE;
  }

  /** The slots a search scans (every slot in `partitions` that matches), without vectors. */
  slots(matches: (row: RowValues) => boolean, partitions?: ReadonlySet<string>): Pick<SearchSpace, 'count' | 'accept' | 'keyOrder'> {
    const keys = this.#keys;
    return {
      count: this.#used,
      accept: (slot) => this.#accepts(slot, matches, partitions),
      keyOrder: (a, b) => keyOrder(keys[a] as Key, keys[b] as Key),
    };
  }

  /** What a search of `field` scans: every slot in `partitions` that matches. */
  space(field: string, matches: (row: RowValues) => boolean, partitions?: ReadonlySet<string>): SearchSpace {
    const column = this.#vectors.get(field) as VectorColumn;
    const keys = this.#keys;
    return {
      vectors: column.data,
      norms: column.norms,
      dim: column.dim,
      count: this.#used,
      accept: (slot) => this.#accepts(slot, matches, partitions),
      keyOrder: (a, b) => keyOrder(keys[a] as Key, keys[b] as Key),
    };
  }

  #reserve(slots: number): void {
    for (const column of this.#vectors.values()) {
      if (column.norms.length >= slots) continue;
      const capacity = Math.max(slots, column.norms.length * 2, 64);
      const data = new Float32Array(capacity * column.dim);
      data.set(column.data);
      const norms = new Float32Array(capacity);
      norms.set(column.norms);
      column.data = data;
      column.norms = norms;
    }
  }
}
