/**
 * Insert and Upsert requests written straight into the bytes they go to the wire as: the
 * request's buffer is sized first, then each float vector column's rows are copied into their
 * place in it (no column block, no protobufjs copy, no per-float write). Every other column is
 * encoded by protobufjs with the vector codec's types, as `vector-bytes.ts` does.
 *
 * The bytes equal protobufjs's own encoding of the same request with the floats as numbers
 * (`spec/protocol/write-bytes.spec.ts` proves it): fields in field-number order, an empty
 * packed list left out. The field numbers below are those of `proto/`:
 *
 * ```text
 * InsertRequest / UpsertRequest { collection_name = 3; partition_name = 4;
 *                                 repeated FieldData fields_data = 5; uint32 num_rows = 7; }
 * FieldData   { DataType type = 1; string field_name = 2; VectorField vectors = 4;
 *               repeated bool valid_data = 7; }
 * VectorField { int64 dim = 1; FloatArray float_vector = 2; }
 * FloatArray  { repeated float data = 1; }   (packed: the floats' little-endian bytes)
 * ```
 */
import type { MilvusMethods } from './proto.js';
import { callCodec, vectorMessageType } from './vector-bytes.js';
import { withWireCodec } from './wire-codec.js';

/** A float vector column whose floats are written into the request's bytes by {@link FloatVectorColumn.writeFloats}. */
export interface FloatVectorColumn {
  readonly field_name: string;
  /** The field's `DataType` number (`FloatVector`). */
  readonly type: number;
  readonly dim: number;
  /** How many rows have a vector (every row, unless `valid_data` says otherwise). */
  readonly count: number;
  /** One flag a row, for a nullable column. */
  readonly valid_data?: readonly boolean[];
  /**
   * Writes the column's `count * dim` floats as little-endian float32 into `target` (exactly
   * `count * dim * 4` bytes, every one of them); throws to refuse a row, and then nothing is sent.
   */
  readonly writeFloats: (target: Buffer) => void;
}

/** A column of a write request: a float vector column to write in place, or any other `FieldData` (float data as bytes). */
export type WriteColumn = FloatVectorColumn | Record<string, unknown>;

/** What an Insert or Upsert of the data layer carries. */
export interface WriteRequest {
  readonly collection_name: string;
  readonly partition_name?: string;
  readonly num_rows: number;
  readonly fields_data: readonly WriteColumn[];
}

/** Wire types: a varint, and a length-delimited value. */
const VARINT = 0;
const DELIMITED = 2;
const tag = (field: number, wireType: number): number => (field << 3) | wireType;

/** Bytes of a varint of a non-negative integer below 2^53. */
function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) size += 1;
  return size;
}

/** Writes a varint of a non-negative integer below 2^53; returns the position after it. */
function writeVarint(target: Buffer, position: number, value: number): number {
  let at = position;
  let rest = value;
  while (rest >= 0x80) {
    target[at++] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  target[at++] = rest;
  return at;
}

/** Bytes of a length-delimited field of `length` bytes, its tag included. */
const delimitedSize = (length: number): number => 1 + varintSize(length) + length;

function isFloatVectorColumn(column: WriteColumn): column is FloatVectorColumn {
  return typeof column['writeFloats'] === 'function';
}

/** A float vector column's sizes: its `FloatArray`, `VectorField` and `FieldData` messages. */
function floatColumnSizes(column: FloatVectorColumn): { floats: number; floatArray: number; vectorField: number; fieldData: number } {
  const floats = column.count * column.dim * 4;
  // An empty packed list is no bytes at all: the FloatArray is then an empty message.
  const floatArray = floats === 0 ? 0 : delimitedSize(floats);
  const vectorField = 1 + varintSize(column.dim) + delimitedSize(floatArray);
  const valid = column.valid_data?.length ?? 0;
  const fieldData =
    1 +
    varintSize(column.type) +
    delimitedSize(Buffer.byteLength(column.field_name)) +
    delimitedSize(vectorField) +
    (valid === 0 ? 0 : delimitedSize(valid));
  return { floats, floatArray, vectorField, fieldData };
}

/** Writes a float vector column's `FieldData` at `position`; returns the position after it. */
function writeFloatColumn(target: Buffer, position: number, column: FloatVectorColumn, sizes: ReturnType<typeof floatColumnSizes>): number {
  let at = position;
  target[at++] = tag(1, VARINT);
  at = writeVarint(target, at, column.type);
  const name = Buffer.byteLength(column.field_name);
  target[at++] = tag(2, DELIMITED);
  at = writeVarint(target, at, name);
  at += target.write(column.field_name, at, 'utf8');
  target[at++] = tag(4, DELIMITED);
  at = writeVarint(target, at, sizes.vectorField);
  target[at++] = tag(1, VARINT);
  at = writeVarint(target, at, column.dim);
  target[at++] = tag(2, DELIMITED);
  at = writeVarint(target, at, sizes.floatArray);
  if (sizes.floats > 0) {
    target[at++] = tag(1, DELIMITED);
    at = writeVarint(target, at, sizes.floats);
    column.writeFloats(target.subarray(at, at + sizes.floats));
    at += sizes.floats;
  }
  const valid = column.valid_data ?? [];
  if (valid.length > 0) {
    target[at++] = tag(7, DELIMITED);
    at = writeVarint(target, at, valid.length);
    for (const flag of valid) target[at++] = flag ? 1 : 0;
  }
  return at;
}

/** One column, sized: its bytes when protobufjs encoded it, or what it takes to write in place. */
type SizedColumn =
  | { readonly kind: 'encoded'; readonly bytes: Uint8Array }
  | { readonly kind: 'float'; readonly column: FloatVectorColumn; readonly sizes: ReturnType<typeof floatColumnSizes> };

/**
 * Encodes an Insert or Upsert request into one buffer, float vector columns written in place.
 *
 * @param request - the request; its columns in the vector codec's shape, float vector columns as {@link FloatVectorColumn}
 * @returns the request's bytes
 * @throws whatever a column's `writeFloats` throws for a refused row
 */
export function encodeWriteRequest(request: WriteRequest): Buffer {
  const fieldData = vectorMessageType('milvus.proto.schema.FieldData');
  const columns: SizedColumn[] = request.fields_data.map((column) =>
    isFloatVectorColumn(column)
      ? { kind: 'float', column, sizes: floatColumnSizes(column) }
      : { kind: 'encoded', bytes: fieldData.encode(fieldData.fromObject(column)).finish() },
  );
  const collection = Buffer.byteLength(request.collection_name);
  const partition = request.partition_name === undefined ? 0 : Buffer.byteLength(request.partition_name);
  let size = (collection === 0 ? 0 : delimitedSize(collection)) + (partition === 0 ? 0 : delimitedSize(partition));
  for (const sized of columns) size += delimitedSize(sized.kind === 'encoded' ? sized.bytes.byteLength : sized.sizes.fieldData);
  size += 1 + varintSize(request.num_rows);

  // Every byte is written below (or the encoding throws and the buffer is dropped unsent).
  const target = Buffer.allocUnsafe(size);
  let at = 0;
  if (collection > 0) {
    target[at++] = tag(3, DELIMITED);
    at = writeVarint(target, at, collection);
    at += target.write(request.collection_name, at, 'utf8');
  }
  if (partition > 0) {
    target[at++] = tag(4, DELIMITED);
    at = writeVarint(target, at, partition);
    at += target.write(request.partition_name as string, at, 'utf8');
  }
  for (const sized of columns) {
    target[at++] = tag(5, DELIMITED);
    if (sized.kind === 'encoded') {
      at = writeVarint(target, at, sized.bytes.byteLength);
      target.set(sized.bytes, at);
      at += sized.bytes.byteLength;
    } else {
      at = writeVarint(target, at, sized.sizes.fieldData);
      at = writeFloatColumn(target, at, sized.column, sized.sizes);
    }
  }
  target[at++] = tag(7, VARINT);
  at = writeVarint(target, at, request.num_rows);
  if (at !== size) throw new Error(`write request: wrote ${at} bytes of ${size}`);
  return target;
}

/**
 * An Insert or Upsert to send through `conn.call`, encoded now: the request's bytes are made
 * (and every row checked) before the call starts, and each attempt sends the same bytes. The
 * returned object keeps the request's names (`collection_name`, `partition_name`,
 * `num_rows`) for whoever looks at it, such as call tracing; its reply is decoded by the
 * vector codec.
 *
 * @param method - `Insert` or `Upsert`
 * @param request - the request
 * @returns the request, typed as `conn.call` takes it
 * @throws whatever a column's `writeFloats` throws for a refused row
 */
export function encodedWriteRequest<M extends 'Insert' | 'Upsert'>(method: M, request: WriteRequest): MilvusMethods[M]['request'] {
  const bytes = encodeWriteRequest(request);
  const { collection_name, partition_name, num_rows } = request;
  const carrier = { collection_name, num_rows, ...(partition_name === undefined ? {} : { partition_name }) };
  return withWireCodec(carrier, { serialize: () => bytes, deserialize: callCodec(method).deserialize });
}
