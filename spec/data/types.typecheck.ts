/**
 * Type-level specs of the data API, checked by `npm run typecheck` (tsc over spec/), not run
 * by mocha: a typo in a field name, an output field or a search field is a compile error
 * (each `@ts-expect-error` below fails the type check if its line ever compiles), and the row
 * and hit types are what the schema says (each `Equal` must be `true`).
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- the values below exist to have their types checked */
import type { Collection, Connection, Hit, IdOf, RowOf, StoredRowOf } from '../../lib/index.js';
import { field, schema } from '../../lib/index.js';

/** `true` when `A` and `B` are the same type, else `false`. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only for `true`. */
const expectType = <T extends true>(): T => true as T;

const Docs = schema({
  id: field.int64({ primaryKey: true }),
  embedding: field.floatVector({ dim: 384 }),
  title: field.varchar({ maxLength: 200 }),
  year: field.int32({ nullable: true }),
  tags: field.array(field.varchar({ maxLength: 32 }), { maxCapacity: 16 }),
  meta: field.json(),
  rank: field.int16({ defaultValue: 1 }),
});
type Docs = typeof Docs;

// ---- rows as written ------------------------------------------------------------------
expectType<
  Equal<
    RowOf<Docs>,
    {
      id: number | bigint;
      embedding: Float32Array | readonly number[];
      title: string;
      tags: readonly string[];
      meta: unknown;
      year?: number | null;
      rank?: number;
    }
  >
>();
export const row: RowOf<Docs> = { id: 1, embedding: new Float32Array(384), title: 't', tags: [], meta: {} };
// @ts-expect-error a typo in a field name
export const typo: RowOf<Docs> = { id: 1, embedding: [], titel: 't', tags: [], meta: {} };
// @ts-expect-error a required field missing
export const missing: RowOf<Docs> = { id: 1, embedding: [], tags: [], meta: {} };
// @ts-expect-error a value of the wrong type
export const wrongType: RowOf<Docs> = { id: 1, embedding: [], title: 7, tags: [], meta: {} };
// @ts-expect-error null for a field that is not nullable
export const notNullable: RowOf<Docs> = { id: 1, embedding: [], title: null, tags: [], meta: {} };

// ---- rows as read back: int64 as bigint, vectors as Float32Array, nullable as null ------
expectType<
  Equal<
    StoredRowOf<Docs>,
    {
      id: bigint;
      embedding: Float32Array;
      title: string;
      year: number | null;
      tags: string[];
      meta: import('../../lib/index.js').JsonValue;
      rank: number;
    }
  >
>();
expectType<Equal<IdOf<Docs>, bigint>>();
// What is read back may be written again.
export const again = (stored: StoredRowOf<Docs>): RowOf<Docs> => stored;

// ---- the collection's methods ------------------------------------------------------------
declare const conn: Connection;
declare const docs: Collection<Docs>;

export async function methods(): Promise<void> {
  const created = await conn.createCollection('docs', Docs, { index: { embedding: { type: 'HNSW', metric: 'COSINE' } }, load: true });
  expectType<Equal<typeof created, Collection<Docs>>>();
  // @ts-expect-error an index on a field that does not exist
  await conn.createCollection('docs', Docs, { index: { embeding: { type: 'HNSW' } } });

  const hits = await docs.search(new Float32Array(384), { limit: 10, outputFields: ['title', 'year'] });
  expectType<Equal<typeof hits, Array<Hit<Docs, readonly ['title', 'year']>>>>();
  const [hit] = hits;
  if (hit !== undefined) {
    expectType<Equal<typeof hit.row, { title: string; year: number | null }>>();
    expectType<Equal<typeof hit.id, bigint>>();
    expectType<Equal<typeof hit.score, number>>();
  }
  // @ts-expect-error a typo in an output field
  await docs.search([], { limit: 10, outputFields: ['titel'] });
  // @ts-expect-error a search field that is not a vector field
  await docs.search([], { limit: 10, field: 'title' });
  // @ts-expect-error group_by_field names a field
  await docs.search([], { limit: 10, params: { group_by_field: 'nope' } });

  // A grouped search: each hit carries its group's value, typed as the field reads back.
  const byYear = await docs.search([], { limit: 10, outputFields: ['title'], params: { group_by_field: 'year', group_size: 2 } });
  expectType<Equal<(typeof byYear)[number]['group'], number | null>>();
  expectType<Equal<(typeof byYear)[number]['row'], { title: string }>>();
  const byTitle = await docs.searchMany([[0]], { limit: 3, params: { group_by_field: 'title' } });
  expectType<Equal<(typeof byTitle)[number][number]['group'], string>>();
  const ungrouped = await docs.search([], { limit: 10, params: { ef: 64 } });
  // @ts-expect-error a search that is not grouped has no group
  void ungrouped[0]?.group;

  const bare = await docs.search([0], { limit: 1 });
  expectType<Equal<(typeof bare)[number]['row'], Record<never, never>>>();

  const many = await docs.searchMany([[0], new Float32Array(384)], { limit: 5, outputFields: ['*'] });
  expectType<Equal<(typeof many)[number][number]['row'], StoredRowOf<Docs>>>();

  const some = await docs.query({ filter: 'id < 10', outputFields: ['title'], limit: 100 });
  expectType<Equal<(typeof some)[number], { id: bigint; title: string }>>();
  // @ts-expect-error a typo in a query output field
  await docs.query({ filter: 'id < 10', outputFields: ['tittle'] });

  const byId = await docs.get([1, 2n]);
  expectType<Equal<(typeof byId)[number], StoredRowOf<Docs>>>();
  // @ts-expect-error an int64 key is not a string
  await docs.get(['1']);

  await docs.delete({ ids: [1, 2n] });
  await docs.delete({ filter: 'year < 1990' });
  // @ts-expect-error createIndex on a field that does not exist
  await docs.createIndex('embeddings', { type: 'AUTOINDEX', metric: 'COSINE' });

  for await (const batch of docs.iterate({ batchSize: 1000, outputFields: ['year'] })) {
    expectType<Equal<(typeof batch)[number], { id: bigint; year: number | null }>>();
  }

  // A dynamic schema: any other key is allowed in rows and output fields.
  const Notes = schema({ key: field.varchar({ maxLength: 8, primaryKey: true }), v: field.sparseFloatVector() }, { dynamicField: true });
  const notes = conn.collection('notes', Notes);
  await notes.insert([{ key: 'a', v: new Map([[1, 0.5]]), color: 'red' }]);
  const noteHits = await notes.search({ indices: [1], values: [0.5] }, { limit: 1, outputFields: ['color'] });
  expectType<Equal<IdOf<typeof Notes>, string>>();
  expectType<Equal<(typeof noteHits)[number]['row'], { color?: unknown }>>();

  // An untyped handle: rows are records.
  const untyped = await conn.collection('docs').query({ filter: 'id > 0', outputFields: ['anything'] });
  expectType<Equal<(typeof untyped)[number], Record<string, unknown>>>();
}
