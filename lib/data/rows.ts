/**
 * The row types a schema gives, as types only: what `insert` takes ({@link RowOf}), what
 * `query` and `get` return ({@link StoredRowOf}), and the pieces the collection's option and
 * hit types are built from. A field name that is not in the schema is a compile error
 * wherever these are used (rows, `outputFields`, `field` of a search).
 */
import type { FieldFlags, FlagsOfField, InOf, OutOf } from './fields.js';
import type { Fields, Schema } from './schema.js';

/** Shows an intersection as one object type in editors. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The fields of a schema type. */
export type FieldsOf<S> = S extends Schema<infer F, boolean> ? F : never;
/** Whether a schema type has the dynamic field on. */
export type DynamicOf<S> = S extends Schema<Fields, infer D> ? D : never;

/** Whether `S` was read from a server rather than declared (its field names are not known to the compiler). */
export type IsUntyped<S> = string extends keyof FieldsOf<S> ? true : false;

/** The keys of fields `F` whose flag `Flag` is `Value`. */
export type KeysWhere<F, Flag extends keyof FieldFlags, Value extends boolean> = {
  [K in keyof F]: FlagsOfField<F[K]>[Flag] extends Value ? K : never;
}[keyof F];

/** The keys a written row may leave out: nullable or optional fields. */
export type OptionalIn<F> = KeysWhere<F, 'nullable', true> | KeysWhere<F, 'optional', true>;

/** What a row with the dynamic field on may hold besides its fields (each a JSON value, stored in `$meta`). */
export type DynamicKeys<D> = D extends true ? { readonly [key: string]: unknown } : unknown;

/**
 * A row as written (`insert`, `upsert`): every field that is neither nullable, defaulted nor
 * an auto-id primary key is required; nullable ones take `null`; with the dynamic field, any
 * other key too.
 *
 * ## Example
 * ```ts
 * const Docs = schema({ id: field.int64({ primaryKey: true }), embedding: field.floatVector({ dim: 2 }), year: field.int32({ nullable: true }) });
 * // insert takes RowOf<typeof Docs>[]: year may be left out or null; a typo in a key fails to compile.
 * await conn.collection('docs', Docs).insert([{ id: 1, embedding: [0.1, 0.2] }, { id: 2n, embedding: new Float32Array(2), year: null }]);
 * ```
 */
export type RowOf<S extends Schema> =
  IsUntyped<S> extends true
    ? Record<string, unknown>
    : Simplify<
        { -readonly [K in Exclude<keyof FieldsOf<S>, OptionalIn<FieldsOf<S>>>]: InOf<FieldsOf<S>[K]> } & {
          -readonly [K in KeysWhere<FieldsOf<S>, 'optional', true>]?: InOf<FieldsOf<S>[K]>;
        } & {
          -readonly [K in KeysWhere<FieldsOf<S>, 'nullable', true>]?: InOf<FieldsOf<S>[K]> | null;
        }
      > &
        DynamicKeys<DynamicOf<S>>;

/**
 * A row as read back (`query`, `get`, `iterate`): int64 as bigint, float vectors as
 * `Float32Array`, nullable fields `null` where unset; with the dynamic field, its keys too.
 */
export type StoredRowOf<S extends Schema> =
  IsUntyped<S> extends true
    ? Record<string, unknown>
    : Simplify<{
        -readonly [K in keyof FieldsOf<S>]: OutOf<FieldsOf<S>[K]> | (FlagsOfField<FieldsOf<S>[K]>[`nullable`] extends true ? null : never);
      }> &
        DynamicKeys<DynamicOf<S>>;

/** The field names of a schema. */
export type FieldNameOf<S extends Schema> = string & keyof FieldsOf<S>;

/** The vector field names of a schema (what a search may name as `field`). */
export type VectorFieldOf<S extends Schema> = IsUntyped<S> extends true ? string : string & KeysWhere<FieldsOf<S>, 'vector', true>;

/** The primary key's name. */
export type PrimaryKeyOf<S extends Schema> = IsUntyped<S> extends true ? string : string & KeysWhere<FieldsOf<S>, 'primary', true>;

/** A primary key value as read back: bigint for an int64 key, string for a varchar key. */
export type IdOf<S extends Schema> = IsUntyped<S> extends true ? bigint | string : OutOf<FieldsOf<S>[PrimaryKeyOf<S>]>;

/** A primary key value as given (`get`, `delete`): a safe-integer number or a bigint for int64 keys, a string for varchar keys. */
export type IdInputOf<S extends Schema> = IsUntyped<S> extends true ? number | bigint | string : InOf<FieldsOf<S>[PrimaryKeyOf<S>]>;

/**
 * What `outputFields` may name: a field, `*` for every field, and with the dynamic field on
 * (or an untyped collection) a dynamic key.
 */
export type OutputFieldOf<S extends Schema> =
  FieldNameOf<S> | '*' | (IsUntyped<S> extends true ? string : DynamicOf<S> extends true ? string & NonNullable<unknown> : never);

/** The row of a hit or a query result: the fields `O` names (`*`: all), typed as the schema says. */
export type SelectedRowOf<S extends Schema, O extends readonly string[]> =
  IsUntyped<S> extends true
    ? Record<string, unknown>
    : '*' extends O[number]
      ? StoredRowOf<S>
      : Simplify<Pick<StoredRowOf<S>, O[number] & FieldNameOf<S>> & { -readonly [K in Exclude<O[number], FieldNameOf<S> | '*'>]?: unknown }>;

/** One hit of a search: the primary key, the score, and the fields asked for. */
export interface Hit<S extends Schema, O extends readonly string[] = []> {
  /** The primary key. */
  readonly id: IdOf<S>;
  /** The distance or similarity the metric gives (larger is closer except for L2, Hamming, Jaccard). */
  readonly score: number;
  /** The fields named in `outputFields`. */
  readonly row: SelectedRowOf<S, O>;
}

/** A hit of a search grouped by field `G` (`params.group_by_field`): one of the best hits of a value of `G`. */
export interface GroupedHit<S extends Schema, O extends readonly string[], G extends string> extends Hit<S, O> {
  /** The value of the group-by field this hit stands for, typed as the field reads back. */
  readonly group: IsUntyped<S> extends true ? unknown : StoredRowOf<S>[G & keyof StoredRowOf<S>];
}

/** The hits a search gives: {@link GroupedHit} when it groups by a field `G`, else {@link Hit}. */
export type HitOf<S extends Schema, O extends readonly string[], G extends string> = [G] extends [never] ? Hit<S, O> : GroupedHit<S, O, G>;
