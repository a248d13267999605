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
import { preEncodedRequest, vectorMessageType } from './vector-bytes.js';
import { VARINT, delimitedSize, stringFieldSize, tag, varintSize, writeDelimitedHeader, writeStringField, writeVarint } from './wire-format.js';

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
    1 + varintSize(column.type) + stringFieldSize(column.field_name) + delimitedSize(vectorField) + (valid === 0 ? 0 : delimitedSize(valid));
  return { floats, floatArray, vectorField, fieldData };
}

/** Writes a float vector column's `FieldData` at `position`; returns the position after it. */
function writeFloatColumn(target: Buffer, position: number, column: FloatVectorColumn, sizes: ReturnType<typeof floatColumnSizes>): number {
  let at = position;
  // The type and dim are written even when 0, as protobufjs writes a field that is set.
  target[at++] = tag(1, VARINT);
  at = writeVarint(target, at, column.type);
  at = writeStringField(target, at, 2, column.field_name);
  at = writeDelimitedHeader(target, at, 4, sizes.vectorField);
  target[at++] = tag(1, VARINT);
  at = writeVarint(target, at, column.dim);
  at = writeDelimitedHeader(target, at, 2, sizes.floatArray);
  if (sizes.floats > 0) {
    at = writeDelimitedHeader(target, at, 1, sizes.floats);
    column.writeFloats(target.subarray(at, at + sizes.floats));
    at += sizes.floats;
  }
  const valid = column.valid_data ?? [];
  if (valid.length > 0) {
    at = writeDelimitedHeader(target, at, 7, valid.length);
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
  let size = stringFieldSize(request.collection_name) + stringFieldSize(request.partition_name ?? '');
  for (const sized of columns) size += delimitedSize(sized.kind === 'encoded' ? sized.bytes.byteLength : sized.sizes.fieldData);
  size += 1 + varintSize(request.num_rows);

  // Every byte is written below (or the encoding throws and the buffer is dropped unsent).
  const target = Buffer.allocUnsafe(size);
  let at = writeStringField(target, 0, 3, request.collection_name);
  at = writeStringField(target, at, 4, request.partition_name ?? '');
  for (const sized of columns) {
    if (sized.kind === 'encoded') {
      at = writeDelimitedHeader(target, at, 5, sized.bytes.byteLength);
      target.set(sized.bytes, at);
      at += sized.bytes.byteLength;
    } else {
      at = writeDelimitedHeader(target, at, 5, sized.sizes.fieldData);
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
  return preEncodedRequest(method, { collection_name, num_rows, ...(partition_name === undefined ? {} : { partition_name }) }, bytes);
}
