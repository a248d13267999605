/**
 * The vector types a collection can hold and how each travels. Dense kinds live as float32
 * rows whatever their wire form, so one search loop serves them all: float16 and bfloat16
 * widen exactly to float32 (and narrow back exactly, since every stored value came from
 * them), int8 likewise, and a binary vector of `dim` bits lives as `dim` floats of 0 or 1,
 * on which HAMMING is the squared Euclidean distance and JACCARD follows from the dot
 * product and the norms. Sparse vectors (index/value pairs) live as rows of their own.
 */
import type { Metric } from './search.js';
import { fail } from './status.js';
import { DataType, type DataTypeNumber } from './wire.js';

/** The `VectorField` oneof member each kind travels in. */
type VectorMember = 'float_vector' | 'binary_vector' | 'float16_vector' | 'bfloat16_vector' | 'int8_vector' | 'sparse_float_vector';

/** A vector column on the wire, as much of `schema.VectorField` as the engine reads and writes. */
export interface VectorColumn {
  dim?: string | number;
  data?: string;
  float_vector?: { data: number[] } | null;
  binary_vector?: Buffer;
  float16_vector?: Buffer;
  bfloat16_vector?: Buffer;
  int8_vector?: Buffer;
  sparse_float_vector?: { contents: Buffer[]; dim: string | number } | null;
}

/** A sparse vector: strictly increasing indices and their values. */
export interface SparseRow {
  readonly indices: Uint32Array;
  readonly values: Float32Array;
}

/** One vector type. */
export interface VectorKind {
  readonly type: DataTypeNumber;
  readonly member: VectorMember;
  /** The placeholder type of a query vector of this kind (`common.PlaceholderType`). */
  readonly placeholder: number;
  readonly metrics: readonly Metric[];
  readonly defaultMetric: Metric;
  readonly indexes: ReadonlySet<string>;
  /** False for sparse vectors, which have no `dim`. */
  readonly dense: boolean;
}

const FLOAT_INDEXES = new Set([
  'FLAT',
  'IVF_FLAT',
  'IVF_SQ8',
  'IVF_PQ',
  'IVF_RABITQ',
  'HNSW',
  'HNSW_SQ',
  'HNSW_PQ',
  'HNSW_PRQ',
  'DISKANN',
  'SCANN',
  'AUTOINDEX',
]);
const FLOAT_METRICS: readonly Metric[] = ['L2', 'IP', 'COSINE'];

const dense = (type: DataTypeNumber, member: VectorMember, indexes: ReadonlySet<string> = FLOAT_INDEXES): VectorKind => ({
  type,
  member,
  placeholder: type,
  metrics: FLOAT_METRICS,
  defaultMetric: 'COSINE',
  indexes,
  dense: true,
});

/** Every vector kind, by `DataType`. */
export const VECTOR_KINDS: ReadonlyMap<number, VectorKind> = new Map<number, VectorKind>([
  [DataType.FloatVector, dense(DataType.FloatVector, 'float_vector')],
  [DataType.Float16Vector, dense(DataType.Float16Vector, 'float16_vector')],
  [DataType.BFloat16Vector, dense(DataType.BFloat16Vector, 'bfloat16_vector')],
  [DataType.Int8Vector, dense(DataType.Int8Vector, 'int8_vector', new Set(['HNSW', 'AUTOINDEX']))],
  [
    DataType.BinaryVector,
    {
      type: DataType.BinaryVector,
      member: 'binary_vector',
      placeholder: DataType.BinaryVector,
      metrics: ['HAMMING', 'JACCARD'],
      defaultMetric: 'HAMMING',
      indexes: new Set(['BIN_FLAT', 'BIN_IVF_FLAT', 'AUTOINDEX']),
      dense: true,
    },
  ],
  [
    DataType.SparseFloatVector,
    {
      type: DataType.SparseFloatVector,
      member: 'sparse_float_vector',
      placeholder: DataType.SparseFloatVector,
      metrics: ['IP'],
      defaultMetric: 'IP',
      indexes: new Set(['SPARSE_INVERTED_INDEX', 'SPARSE_WAND', 'AUTOINDEX']),
      dense: false,
    },
  ],
]);

// ---- float16 and bfloat16 ---------------------------------------------------------------

const scratch = new DataView(new ArrayBuffer(4));

function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** float32 to float16 bits, rounding to nearest even (exact for values that came from float16). */
function floatToHalf(value: number): number {
  scratch.setFloat32(0, value, true);
  const bits = scratch.getUint32(0, true);
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  const mantissa = bits & 0x7fffff;
  if (((bits >>> 23) & 0xff) === 0xff) return sign | 0x7c00 | (mantissa === 0 ? 0 : 0x200);
  if (exponent >= 0x1f) return sign | 0x7c00;
  // Below float16's normal range: a multiple of 2^-24 (exactly so when it came from float16).
  if (exponent <= 0) return sign | Math.round(Math.abs(value) / 2 ** -24);
  let half = sign | (exponent << 10) | (mantissa >> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half += 1;
  return half;
}

function bfloatToFloat(bits: number): number {
  scratch.setUint32(0, bits << 16, true);
  return scratch.getFloat32(0, true);
}

function floatToBfloat(value: number): number {
  scratch.setFloat32(0, value, true);
  const bits = scratch.getUint32(0, true);
  // Round to nearest even on the 16 bits dropped.
  return ((bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16) & 0xffff;
}

// ---- dense rows <-> bytes ---------------------------------------------------------------

/** How many floats a stored row of a dense kind has: `dim`, which for binary vectors counts bits. */
function checkBytes(kind: VectorKind, bytes: Buffer, rows: number, dim: number): void {
  const expected = rows * bytesPerRow(kind, dim);
  if (bytes.length !== expected)
    fail('parameterInvalid', `the length of ${kind.member} (${bytes.length} bytes) does not fit ${rows} rows of dim ${dim}`);
}

function bytesPerRow(kind: VectorKind, dim: number): number {
  if (kind.type === DataType.BinaryVector) return dim / 8;
  if (kind.type === DataType.Int8Vector) return dim;
  return kind.type === DataType.FloatVector ? dim * 4 : dim * 2;
}

/**
 * Dense rows from their wire bytes, as float32 (`rows * dim` floats).
 *
 * @param dim - the schema's dimension (bits for a binary vector)
 */
export function denseFromBytes(kind: VectorKind, bytes: Buffer, rows: number, dim: number): Float32Array {
  checkBytes(kind, bytes, rows, dim);
  const out = new Float32Array(rows * dim);
  switch (kind.type) {
    case DataType.FloatVector:
      // Copied out of the message buffer: Float32Array needs 4-byte alignment.
      return new Float32Array(Uint8Array.from(bytes).buffer);
    case DataType.Float16Vector:
      for (let i = 0; i < out.length; i += 1) out[i] = halfToFloat(bytes.readUInt16LE(2 * i));
      return out;
    case DataType.BFloat16Vector:
      for (let i = 0; i < out.length; i += 1) out[i] = bfloatToFloat(bytes.readUInt16LE(2 * i));
      return out;
    case DataType.Int8Vector:
      for (let i = 0; i < out.length; i += 1) out[i] = bytes.readInt8(i);
      return out;
    default:
      // Binary: the first dimension is the high bit of the first byte.
      for (let i = 0; i < out.length; i += 1) out[i] = ((bytes[i >> 3] as number) >> (7 - (i & 7))) & 1;
      return out;
  }
}

/** Dense rows (float32, `dim` a row) back to their wire bytes. */
export function denseToBytes(kind: VectorKind, floats: ArrayLike<number>, dim: number): Buffer {
  const rows = floats.length / dim;
  const bytes = Buffer.alloc(rows * bytesPerRow(kind, dim));
  for (let i = 0; i < floats.length; i += 1) {
    const x = floats[i] as number;
    if (kind.type === DataType.Float16Vector) bytes.writeUInt16LE(floatToHalf(x), 2 * i);
    else if (kind.type === DataType.BFloat16Vector) bytes.writeUInt16LE(floatToBfloat(x), 2 * i);
    else if (kind.type === DataType.Int8Vector) bytes.writeInt8(x, i);
    else if (kind.type === DataType.FloatVector) bytes.writeFloatLE(x, 4 * i);
    else if (x !== 0) bytes[i >> 3] = (bytes[i >> 3] as number) | (1 << (7 - (i & 7)));
  }
  return bytes;
}

/** The rows of a dense column as float32, whichever member carries them. */
export function denseColumn(kind: VectorKind, column: VectorColumn, rows: number, dim: number, field: string): Float32Array {
  if (kind.type === DataType.FloatVector) {
    const data = column.float_vector?.data;
    if (data === undefined) fail('parameterInvalid', `field ${field} is FloatVector, but its data is not float_vector`);
    return Float32Array.from(data);
  }
  const bytes = column[kind.member] as Buffer | undefined;
  if (bytes === undefined || column.data !== kind.member)
    fail('parameterInvalid', `field ${field} is a vector of ${kind.member}, but its data is ${column.data ?? 'empty'}`);
  return denseFromBytes(kind, bytes, rows, dim);
}

/** A dense column on the wire. */
export function denseOutput(kind: VectorKind, floats: number[], dim: number): VectorColumn {
  if (kind.type === DataType.FloatVector) return { dim: String(dim), data: 'float_vector', float_vector: { data: floats } };
  return { dim: String(dim), data: kind.member, [kind.member]: denseToBytes(kind, floats, dim) };
}

// ---- sparse rows ------------------------------------------------------------------------

/** A sparse row from its bytes: (uint32 index, float32 value) pairs, little-endian. */
export function sparseFromBytes(bytes: Buffer, field: string): SparseRow {
  if (bytes.length % 8 !== 0) fail('parameterInvalid', `a sparse vector of field ${field} is ${bytes.length} bytes, not a multiple of 8`);
  const pairs = Array.from({ length: bytes.length / 8 }, (_, i) => [bytes.readUInt32LE(8 * i), bytes.readFloatLE(8 * i + 4)] as const).sort(
    (a, b) => a[0] - b[0],
  );
  for (let i = 1; i < pairs.length; i += 1) {
    if ((pairs[i] as readonly number[])[0] === (pairs[i - 1] as readonly number[])[0])
      fail('parameterInvalid', `a sparse vector of field ${field} repeats index ${(pairs[i] as readonly number[])[0]}`);
  }
  return { indices: Uint32Array.from(pairs, ([index]) => index), values: Float32Array.from(pairs, ([, value]) => value) };
}

/** A sparse row as bytes. */
export function sparseToBytes(row: SparseRow): Buffer {
  const bytes = Buffer.alloc(row.indices.length * 8);
  row.indices.forEach((index, i) => {
    bytes.writeUInt32LE(index, 8 * i);
    bytes.writeFloatLE(row.values[i] as number, 8 * i + 4);
  });
  return bytes;
}

/** The rows of a sparse column. */
export function sparseColumn(column: VectorColumn, rows: number, field: string): SparseRow[] {
  const contents = column.sparse_float_vector?.contents;
  if (contents === undefined) fail('parameterInvalid', `field ${field} is SparseFloatVector, but its data is not sparse_float_vector`);
  if (contents.length !== rows)
    fail('parameterInvalid', `the num_rows (${contents.length}) of field (${field}) is not equal to passed num_rows (${rows})`);
  return contents.map((bytes) => sparseFromBytes(bytes, field));
}

/** A sparse column on the wire; its `dim` is one past the largest index. */
export function sparseOutput(rows: readonly SparseRow[]): VectorColumn {
  const dim = rows.reduce((max, row) => Math.max(max, row.indices.length === 0 ? 0 : (row.indices[row.indices.length - 1] as number) + 1), 0);
  return { dim: String(dim), data: 'sparse_float_vector', sparse_float_vector: { contents: rows.map(sparseToBytes), dim: String(dim) } };
}

/** The inner product of two sparse rows (indices ascending). */
export function sparseDot(a: SparseRow, b: SparseRow): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const x = a.indices[i] as number;
    const y = b.indices[j] as number;
    if (x === y) sum += (a.values[i++] as number) * (b.values[j++] as number);
    else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}
