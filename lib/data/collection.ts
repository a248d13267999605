/**
 * A typed collection: rows in, rows and hits out, in the types its schema gives. Every method
 * checks its input before any call, makes its calls through the connection's one call path
 * (`DataContext.call`), and passes its call options (`timeout`, `signal`, ...) to each call.
 *
 * On first use a collection reads the server's schema once (`DescribeCollection`): a handle
 * with a declared schema is checked against it (a disagreement is an `InvalidError` naming the
 * field and both sides), an untyped handle takes it as its schema.
 */
import { type Observable, firstValueFrom, timer } from 'rxjs';
import { ConnectionError, InvalidError } from '../errors.js';
import { int64ToNumber } from '../protocol/int64.js';
import { vectorRequest } from '../protocol/vector-bytes.js';
import { encodedSearchRequest } from '../protocol/search-bytes.js';
import { encodedWriteRequest } from '../protocol/write-bytes.js';
import { LoadState } from '../protocol/generated/milvus/proto/common/LoadState.js';
import type { DataCallOptions, DataContext } from './context.js';
import { type DecodedRow, decodeCount, decodeHits, decodeIds, decodeRows, groupColumnOf } from './decode.js';
import { type WriteMode, encodeRows, queryVectorBytes } from './encode.js';
import { type Field, type InOf, isVectorKind } from './fields.js';
import {
  type Consistency,
  type IndexSpec,
  type SearchParams,
  consistency,
  filterOf,
  outputFieldsOf,
  idsExpression,
  indexParams,
  partitionNames,
  positiveInteger,
  searchParams,
} from './params.js';
import type { FieldNameOf, HitOf, IdInputOf, IdOf, OutputFieldOf, PrimaryKeyOf, RowOf, SelectedRowOf, VectorFieldOf } from './rows.js';
import { pages, pages$ } from './iterate.js';
import { type Schema, checkSameSchema, schemaFromServer } from './schema.js';

/** Milvus's largest top-k, and largest query limit + offset. */
const MAX_LIMIT = 16_384;
/** The first wait between polls of a load in progress, and the longest, in ms. */
const POLL_FIRST_MS = 50;
const POLL_MAX_MS = 1000;

/** What a write did. */
export interface WriteResult<S extends Schema> {
  /** The primary keys written (made by the server for an auto-id key), in row order. */
  readonly ids: Array<IdOf<S>>;
  /** How many rows were written. */
  readonly count: number;
}

/** Options of `insert` and `upsert`, besides the call options. */
export interface WriteOptions extends DataCallOptions {
  /** The partition to write to. @default the default partition (or by the partition key) */
  readonly partition?: string;
}

/** Which rows `delete` removes: by primary key, or by a filter expression. */
export type DeleteSelector<S extends Schema> = { readonly ids: ReadonlyArray<IdInputOf<S>> } | { readonly filter: string };

/** Options shared by the reads. */
export interface ReadOptions extends DataCallOptions {
  /** A boolean expression the rows must match, e.g. `'year > 2000 and title like "A%"'`. */
  readonly filter?: string;
  /** Only these partitions. */
  readonly partition?: string | readonly string[];
  /** How fresh the data must be. @default the collection's */
  readonly consistency?: Consistency;
}

/**
 * Options of `search` and `searchMany`; `G` is the field the hits are grouped by
 * (`params.group_by_field`), `never` when they are not.
 */
export interface SearchOptions<S extends Schema, O extends ReadonlyArray<OutputFieldOf<S>>, G extends FieldNameOf<S> = never> extends ReadOptions {
  /** Hits a query vector, 1..16384. */
  readonly limit: number;
  /** Hits skipped first. */
  readonly offset?: number;
  /** The fields each hit's `row` has (`*`: all). @default none */
  readonly outputFields?: O;
  /** The vector field searched. @default the schema's only vector field */
  readonly field?: VectorFieldOf<S>;
  /** The metric. @default the index's */
  readonly metric?: string;
  /** Search parameters: `ef`, `nprobe`, `radius`, `range_filter`, `group_by_field` (each hit then carries its `group`), ... */
  readonly params?: SearchParams<G>;
}

/** Options of `query`. */
export interface QueryOptions<S extends Schema, O extends ReadonlyArray<OutputFieldOf<S>>> extends ReadOptions {
  /** The fields each row has besides the primary key (`*`: all). @default none */
  readonly outputFields?: O;
  /** At most this many rows (needed without a filter). */
  readonly limit?: number;
  /** Rows skipped first. */
  readonly offset?: number;
}

/** Options of `iterate` and `iterate$`. */
export interface IterateOptions<S extends Schema, O extends ReadonlyArray<OutputFieldOf<S>>> extends ReadOptions {
  /** Rows a batch, 1..16384. */
  readonly batchSize: number;
  /** The fields each row has (`*`: all). @default all */
  readonly outputFields?: O;
}

/** Options of `get`. */
export interface GetOptions<S extends Schema, O extends ReadonlyArray<OutputFieldOf<S>>> extends DataCallOptions {
  /** The fields each row has (`*`: all). @default all */
  readonly outputFields?: O;
  readonly partition?: string | readonly string[];
  readonly consistency?: Consistency;
}

/** Options of `load`. */
export interface LoadOptions extends DataCallOptions {
  /** Resolve once the collection is loaded, polling its load state. @default true */
  readonly wait?: boolean;
}

/** Options of `flush`. */
export interface FlushOptions extends DataCallOptions {
  /** Resolve once the sealed segments are persisted, polling the flush state. @default true */
  readonly wait?: boolean;
}

/** A query vector of any vector field of the schema. */
export type VectorInputOf<S extends Schema> = InOf<S['fields'][VectorFieldOf<S>]>;

/** A query result row: the primary key and the fields asked for. */
export type QueryRowOf<S extends Schema, O extends readonly string[]> = SelectedRowOf<S, [...O, PrimaryKeyOf<S>]>;

/** Separates a data method's own options from the call options it passes on. */
function split<T extends DataCallOptions, K extends keyof T>(options: T | undefined, own: readonly K[]): [Pick<T, K>, DataCallOptions] {
  const mine: Partial<T> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    if ((own as readonly string[]).includes(key)) (mine as Record<string, unknown>)[key] = value;
    else rest[key] = value;
  }
  return [mine as Pick<T, K>, rest];
}

const READ_KEYS = ['filter', 'partition', 'consistency'] as const;

/** The vector fields of each schema a search has used, found once: a search is a hot path. */
const vectorFieldsOf = new WeakMap<Schema, readonly string[]>();

function vectorFieldNames(declared: Schema): readonly string[] {
  let names = vectorFieldsOf.get(declared);
  if (names === undefined) {
    names = declared.names.filter((candidate) => isVectorKind((declared.fields[candidate] as Field).kind));
    vectorFieldsOf.set(declared, names);
  }
  return names;
}

/**
 * A collection of rows of schema `S`: `conn.createCollection` or `conn.collection` makes one.
 *
 * ## Example
 * ```ts
 * const Docs = schema({ id: field.int64({ primaryKey: true }), embedding: field.floatVector({ dim: 4 }), title: field.varchar({ maxLength: 200 }) });
 * const docs = await conn.createCollection('docs', Docs, { index: { embedding: { type: 'FLAT', metric: 'L2' } }, load: true });
 * await docs.insert([{ id: 1, embedding: [0.1, 0.2, 0.3, 0.4], title: 'first' }]);
 * const [hit] = await docs.search([0.1, 0.2, 0.3, 0.4], { limit: 1, outputFields: ['title'], consistency: 'Strong' });
 * console.log(hit?.id, hit?.row.title);
 * // Output: 1n first
 * ```
 */
export class Collection<S extends Schema> {
  /** The collection's name. */
  readonly name: string;
  readonly #context: DataContext;
  readonly #declared: S | undefined;
  #schema: Promise<Schema> | undefined;

  /**
   * @param context - the connection's call and scheduler
   * @param name - the collection name
   * @param declared - the declared schema, or `undefined` to read it from the server
   * @param known - the server's schema is known to be the declared one (it was just created from it)
   */
  constructor(context: DataContext, name: string, declared: S | undefined, known = false) {
    if (typeof name !== 'string' || name === '') throw new InvalidError('name', 'Invalid collection name: expected a non-empty string');
    this.#context = context;
    this.name = name;
    this.#declared = declared;
    if (known && declared !== undefined) this.#schema = Promise.resolve(declared);
  }

  /**
   * The schema rows are checked against: the declared one once the server's agrees with it,
   * or the server's. Read once; a failed read is tried again on the next use.
   */
  schema(options?: DataCallOptions): Promise<Schema> {
    this.#schema ??= this.#context
      .call('DescribeCollection', { collection_name: this.name }, options)
      .then((reply) => {
        const server = schemaFromServer(reply.schema ?? ({ fields: [], name: this.name, description: '', enable_dynamic_field: false } as never));
        if (this.#declared === undefined) return server;
        checkSameSchema(this.name, this.#declared, server);
        return this.#declared;
      })
      .catch((error: unknown) => {
        this.#schema = undefined;
        throw error;
      });
    return this.#schema;
  }

  /**
   * Inserts rows. Vectors go to the wire from their bytes.
   *
   * @param rows - the rows; an auto-id key is left out
   * @param options - the partition, and call options
   * @returns the keys written and the count
   * @throws InvalidError naming the row and field of a bad value, before anything is sent; GrpcError from Milvus
   */
  insert(rows: ReadonlyArray<RowOf<S>>, options?: WriteOptions): Promise<WriteResult<S>> {
    return this.#write('insert', rows, options);
  }

  /**
   * Inserts rows, or replaces those whose primary key exists.
   *
   * @param rows - the rows, each with its primary key
   * @param options - the partition, and call options
   * @returns the keys written and the count
   */
  upsert(rows: ReadonlyArray<RowOf<S>>, options?: WriteOptions): Promise<WriteResult<S>> {
    return this.#write('upsert', rows, options);
  }

  async #write(mode: WriteMode, rows: readonly unknown[], options: WriteOptions | undefined): Promise<WriteResult<S>> {
    const [{ partition }, call] = split(options, ['partition']);
    // Rows are checked against the declared schema before any call, the server's check included.
    const { columns, count } = encodeRows(this.#declared ?? (await this.schema(call)), rows, mode);
    const method = mode === 'insert' ? 'Insert' : 'Upsert';
    // Encoded here, float vectors written straight into the request's bytes: a bad vector
    // throws now, before any call (the schema read included); every attempt sends the same bytes.
    const request = encodedWriteRequest(method, {
      collection_name: this.name,
      ...(partition === undefined ? {} : { partition_name: partitionNames(partition)[0] }),
      fields_data: columns,
      num_rows: count,
    });
    await this.schema(call);
    const reply = await this.#context.call(method, request, call);
    const written = int64ToNumber(mode === 'insert' ? reply.insert_cnt : reply.upsert_cnt);
    return { ids: decodeIds(reply.IDs) as Array<IdOf<S>>, count: written };
  }

  /**
   * Deletes rows by primary key or by filter.
   *
   * @param which - `{ ids }` or `{ filter }`
   * @param options - the partition, and call options
   * @returns how many rows the server counted as deleted
   */
  async delete(which: DeleteSelector<S>, options?: WriteOptions): Promise<{ readonly count: number }> {
    const [{ partition }, call] = split(options, ['partition']);
    const expr = this.#selector(this.#declared ?? (await this.schema(call)), which);
    await this.schema(call);
    const reply = await this.#context.call(
      'Delete',
      { collection_name: this.name, expr, ...(partition === undefined ? {} : { partition_name: partitionNames(partition)[0] }) },
      call,
    );
    return { count: Number(reply.delete_cnt) };
  }

  #selector(declared: Schema, which: unknown): string {
    if (typeof which === 'object' && which !== null && 'ids' in which) {
      return idsExpression(declared.fields[declared.primaryKey] as Field, declared.primaryKey, which.ids);
    }
    if (typeof which === 'object' && which !== null && 'filter' in which) {
      const filter = filterOf(which.filter);
      if (filter.trim() === '')
        throw new InvalidError(
          'filter',
          'Invalid argument of delete: an empty filter would match every row; give { filter } that selects rows, or { ids }',
        );
      return filter;
    }
    throw new InvalidError('which', 'Invalid argument of delete: expected { ids: [...] } or { filter: "..." }');
  }

  /**
   * The nearest rows to one query vector.
   *
   * @param vector - the query vector, of the searched field's kind
   * @param options - `limit`, `filter`, `outputFields`, `params`, `field`, `partition`, `consistency`, and call options
   * @returns the hits, best first; grouped by `params.group_by_field`, each with its `group` value
   */
  async search<const O extends ReadonlyArray<OutputFieldOf<S>> = [], G extends FieldNameOf<S> = never>(
    vector: VectorInputOf<S>,
    options: SearchOptions<S, O, G>,
  ): Promise<Array<HitOf<S, O, G>>> {
    const [hits] = await this.searchMany([vector], options);
    return hits ?? [];
  }

  /**
   * The nearest rows to each of several query vectors, in one call.
   *
   * @param vectors - the query vectors
   * @param options - as for `search`
   * @returns one hit list a query vector, in order
   */
  async searchMany<const O extends ReadonlyArray<OutputFieldOf<S>> = [], G extends FieldNameOf<S> = never>(
    vectors: ReadonlyArray<VectorInputOf<S>>,
    options: SearchOptions<S, O, G>,
  ): Promise<Array<Array<HitOf<S, O, G>>>> {
    const [own, call] = split(options, [...READ_KEYS, 'limit', 'offset', 'outputFields', 'field', 'metric', 'params']);
    if (typeof own !== 'object' || own === null) throw new InvalidError('options', 'Invalid options of search: expected an object with limit');
    const limit = positiveInteger('limit', own.limit, MAX_LIMIT);
    const filter = filterOf(own.filter);
    const outputFields = outputFieldsOf(own.outputFields, []);
    if (!Array.isArray(vectors) || vectors.length === 0)
      throw new InvalidError('vectors', 'Invalid argument of searchMany: expected a non-empty array of query vectors');
    const [fieldName, field] = this.#annsField(this.#declared ?? (await this.schema(call)), own.field);
    const values = queryVectorBytes(field, fieldName, vectors);
    await this.schema(call);
    const request = encodedSearchRequest({
      collection_name: this.name,
      dsl: filter,
      dsl_type: 1, // BoolExprV1: `dsl` is a filter expression
      placeholder_type: field.dataType,
      vectors: values,
      nq: vectors.length,
      output_fields: outputFields,
      partition_names: partitionNames(own.partition),
      search_params: searchParams(fieldName, limit, own.params, own.offset, own.metric),
      ...consistency(own.consistency),
    });
    const reply = await this.#context.call('Search', request, call);
    const groupBy = own.params?.group_by_field;
    // A server that predates grouping (the Go server 2.3) ignores the parameter and answers plain
    // hits: typed as grouped, each would lack its group without a word.
    if (groupBy !== undefined && reply.results && reply.results.scores.length > 0 && groupColumnOf(reply.results) === undefined) {
      throw new InvalidError(
        'params.group_by_field',
        `Invalid option "params.group_by_field" of search: the server answered without groups (it does not group by "${String(groupBy)}"; Milvus groups from 2.4 on)`,
      );
    }
    return decodeHits(reply.results, outputFields) as unknown as Array<Array<HitOf<S, O, G>>>;
  }

  #annsField(declared: Schema, name: string | undefined): [string, Field] {
    const vectors = vectorFieldNames(declared);
    if (name === undefined) {
      if (vectors.length !== 1)
        throw new InvalidError(
          'field',
          `Invalid options of search: the schema has several vector fields (${vectors.join(', ')}); name one as "field"`,
        );
      const [only] = vectors as [string];
      return [only, declared.fields[only] as Field];
    }
    if (!vectors.includes(name))
      throw new InvalidError('field', `Invalid option "field" of search: "${String(name)}" is not a vector field (${vectors.join(', ')})`);
    return [name, declared.fields[name] as Field];
  }

  /**
   * Rows that match a filter.
   *
   * @param options - `filter` and/or `limit`, `outputFields`, `offset`, `partition`, `consistency`, and call options
   * @returns the rows: the primary key and the fields asked for
   */
  async query<const O extends ReadonlyArray<OutputFieldOf<S>> = []>(options: QueryOptions<S, O>): Promise<Array<QueryRowOf<S, O>>> {
    const [own, call] = split(options, [...READ_KEYS, 'outputFields', 'limit', 'offset']);
    const rows = await this.#query(own, outputFieldsOf(own.outputFields, []), own.limit, own.offset, call);
    return rows as Array<QueryRowOf<S, O>>;
  }

  async #query(
    read: Pick<ReadOptions, 'filter' | 'partition' | 'consistency'>,
    outputFields: readonly string[],
    limit: number | undefined,
    offset: number | undefined,
    call: DataCallOptions,
    expr?: string,
  ): Promise<DecodedRow[]> {
    const queryParams = [];
    if (limit !== undefined) queryParams.push({ key: 'limit', value: String(positiveInteger('limit', limit, MAX_LIMIT)) });
    if (offset !== undefined) queryParams.push({ key: 'offset', value: String(offset) });
    const filter = expr ?? filterOf(read.filter);
    await this.schema(call);
    const request = vectorRequest('Query', {
      collection_name: this.name,
      expr: filter,
      output_fields: [...outputFields],
      partition_names: partitionNames(read.partition),
      query_params: queryParams,
      ...consistency(read.consistency),
    });
    const reply = await this.#context.call('Query', request, call);
    return decodeRows(reply.fields_data, undefined, outputFields);
  }

  /**
   * Rows by primary key.
   *
   * @param ids - the keys (int64: safe-integer numbers or bigints; varchar: strings)
   * @param options - `outputFields` (default all), `partition`, `consistency`, and call options
   * @returns the rows found, in the server's order
   */
  async get<const O extends ReadonlyArray<OutputFieldOf<S>> = ['*']>(
    ids: ReadonlyArray<IdInputOf<S>>,
    options?: GetOptions<S, O>,
  ): Promise<Array<QueryRowOf<S, O>>> {
    const [own, call] = split(options, ['outputFields', 'partition', 'consistency']);
    const declared = this.#declared ?? (await this.schema(call));
    const expr = idsExpression(declared.fields[declared.primaryKey] as Field, declared.primaryKey, ids);
    return (await this.#query(own, outputFieldsOf(own.outputFields, ['*']), undefined, undefined, call, expr)) as Array<QueryRowOf<S, O>>;
  }

  /**
   * How many rows match a filter (all rows without one).
   *
   * @param options - `filter`, `partition`, `consistency`, and call options
   */
  async count(options?: ReadOptions): Promise<number> {
    const [own, call] = split(options, READ_KEYS);
    await this.schema(call);
    const reply = await this.#context.call(
      'Query',
      {
        collection_name: this.name,
        expr: filterOf(own.filter),
        output_fields: ['count(*)'],
        partition_names: partitionNames(own.partition),
        ...consistency(own.consistency),
      },
      call,
    );
    return decodeCount(reply.fields_data);
  }

  /**
   * Every matching row, in batches of `batchSize`, ordered by primary key; a batch is fetched
   * when the loop asks for it. Breaking out of the loop makes no further call.
   *
   * @param options - `batchSize`, `filter`, `outputFields` (default all), `partition`, `consistency`, and call options
   * @returns an async iterable of batches
   */
  iterate<const O extends ReadonlyArray<OutputFieldOf<S>> = ['*']>(
    options: IterateOptions<S, O>,
  ): AsyncGenerator<Array<QueryRowOf<S, O>>, void, undefined> {
    const [, call] = split(options, [...READ_KEYS, 'batchSize', 'outputFields']);
    return this.#pages(options, call.signal) as AsyncGenerator<Array<QueryRowOf<S, O>>, void, undefined>;
  }

  /**
   * `iterate` as a cold Observable: each subscription reads the batches afresh; unsubscribing
   * aborts the call in flight and makes no other.
   *
   * @param options - as for `iterate`
   */
  iterate$<const O extends ReadonlyArray<OutputFieldOf<S>> = ['*']>(options: IterateOptions<S, O>): Observable<Array<QueryRowOf<S, O>>> {
    return pages$((signal) => this.#pages(options, signal), options.signal) as Observable<Array<QueryRowOf<S, O>>>;
  }

  #pages(
    options: IterateOptions<S, ReadonlyArray<OutputFieldOf<S>>>,
    signal: AbortSignal | undefined,
  ): AsyncGenerator<DecodedRow[], void, undefined> {
    const [own, call] = split(options, [...READ_KEYS, 'batchSize', 'outputFields']);
    const batchSize = positiveInteger('batchSize', own.batchSize, MAX_LIMIT);
    const filter = filterOf(own.filter);
    const outputFields = outputFieldsOf(own.outputFields, ['*']);
    return pages(
      async (after, pageSignal) => {
        const declared = await this.schema(call);
        const key = declared.primaryKey;
        const cursor = after === undefined ? '' : `${key} > ${typeof after === 'string' ? JSON.stringify(after) : after.toString()}`;
        const expr = [filter === '' ? '' : `(${filter})`, cursor].filter((part) => part !== '').join(' and ');
        const rows = await this.#query(
          own,
          outputFields,
          batchSize,
          undefined,
          { ...call, ...(pageSignal === undefined ? {} : { signal: pageSignal }) },
          expr,
        );
        const last = rows[rows.length - 1]?.[key] as bigint | string | undefined;
        return { rows, last };
      },
      batchSize,
      signal,
    );
  }

  /**
   * Builds an index on a field.
   *
   * @param fieldName - the field
   * @param spec - `type`, `metric`, `params`, `name`
   * @param options - call options
   */
  async createIndex(fieldName: FieldNameOf<S>, spec: IndexSpec, options?: DataCallOptions): Promise<void> {
    const extra_params = indexParams(fieldName, spec);
    await this.#context.call(
      'CreateIndex',
      { collection_name: this.name, field_name: fieldName, index_name: spec.name ?? fieldName, extra_params },
      options,
    );
  }

  /**
   * Loads the collection into memory (searches and queries need it), and by default waits
   * until it is loaded, within the call options' `timeout` (default the connection's).
   *
   * @param options - `wait`, and call options
   * @throws ConnectionError `timeout` when the load did not finish in time (the server goes on loading)
   */
  async load(options?: LoadOptions): Promise<void> {
    const [{ wait = true }, call] = split(options, ['wait']);
    await this.#context.call('LoadCollection', { collection_name: this.name }, call);
    if (!wait) return;
    await this.#until('loaded', call, async () => {
      const reply = await this.#context.call('GetLoadState', { collection_name: this.name }, call);
      if (reply.state === LoadState.LoadStateLoaded) return true;
      if (reply.state !== LoadState.LoadStateLoading)
        throw new InvalidError('load', `Collection "${this.name}" is not loading (load state ${reply.state})`);
      return false;
    });
  }

  /**
   * Polls `done` with a growing pause (50 ms, doubling, at most 1 s) until it says so, within
   * the call options' `timeout` (default the connection's) counted from now.
   *
   * @param what - what the wait is for, in the words of the timeout error ("loaded", "flushed")
   */
  async #until(what: string, call: DataCallOptions, done: () => Promise<boolean>): Promise<void> {
    const { scheduler, timeout } = this.#context;
    const within = call.timeout ?? timeout;
    const until = scheduler.now() + within;
    for (let delay = POLL_FIRST_MS; ; delay = Math.min(delay * 2, POLL_MAX_MS)) {
      if (await done()) return;
      if (scheduler.now() + delay > until)
        throw new ConnectionError(
          'timeout',
          { host: '', port: 0 },
          `Collection "${this.name}" was not ${what} within ${within} ms; the server goes on with it, and waiting again may see it done`,
        );
      call.signal?.throwIfAborted();
      await firstValueFrom(timer(delay, scheduler));
    }
  }

  /**
   * Releases the collection from memory.
   *
   * @param options - call options
   */
  async release(options?: DataCallOptions): Promise<void> {
    await this.#context.call('ReleaseCollection', { collection_name: this.name }, options);
  }

  /**
   * Seals the collection's growing segments and persists them, and by default waits until
   * they are persisted (Milvus answers `Flush` with the segments it seals; `GetFlushState`
   * says when they are flushed), within the call options' `timeout` (default the connection's).
   *
   * @param options - `wait`, and call options
   * @throws ConnectionError `timeout` when the flush did not finish in time (the server goes on flushing)
   */
  async flush(options?: FlushOptions): Promise<void> {
    const [{ wait = true }, call] = split(options, ['wait']);
    const reply = await this.#context.call('Flush', { collection_names: [this.name] }, call);
    if (!wait) return;
    // As the official SDKs wait: on the sealed segments, up to the flush's timestamp.
    const segmentIDs = reply.coll_segIDs[this.name]?.data ?? [];
    const flushTs = reply.coll_flush_ts[this.name];
    await this.#until('flushed', call, async () => {
      const state = await this.#context.call(
        'GetFlushState',
        { segmentIDs, collection_name: this.name, ...(flushTs === undefined ? {} : { flush_ts: flushTs }) },
        call,
      );
      return state.flushed;
    });
  }

  /**
   * Creates a partition.
   *
   * @param partition - its name
   * @param options - call options
   */
  async createPartition(partition: string, options?: DataCallOptions): Promise<void> {
    const [name] = partitionNames(partition) as [string];
    await this.#context.call('CreatePartition', { collection_name: this.name, partition_name: name }, options);
  }
}
