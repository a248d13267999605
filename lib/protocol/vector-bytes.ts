/**
 * Vectors as the bytes Milvus carries, and a codec for the data methods that writes and reads
 * them as blocks rather than one JS number at a time.
 *
 * On the wire a packed `repeated float` is its floats as little-endian float32, one after the
 * other, length-delimited: byte for byte what a `bytes` field holding a `Float32Array`'s
 * bytes is. So the codec here is the Milvus protocol of `proto/` with one change,
 * `schema.FloatArray.data` declared as `bytes`: protobufjs encodes everything else of the
 * request as proto-loader would, and copies each float column in with one `memcpy`; a reply's
 * float columns decode as `Buffer` views of the reply (no per-float work), which
 * {@link floatsOf} turns into `Float32Array` views. The bytes equal protobufjs's own encoding
 * of the same floats (`spec/protocol/vector-bytes.spec.ts` proves it), an empty list left out
 * (`data` absent) as protobufjs leaves out an empty packed list. A packed encoding is
 * what every Milvus server and SDK writes (proto3's default for repeated scalars); an
 * unpacked one is not read by this codec.
 *
 * Also here: float16 / bfloat16 conversion, and the sparse row encoding
 * (`(uint32 index, float32 value)` pairs, little-endian, indices ascending).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { LOADER_OPTIONS, PROTO_DIR } from './proto.js';
import { type WireCodec, withWireCodec } from './wire-codec.js';
import type { MilvusMethods } from './proto.js';

/** The methods sent with the vector codec: those whose messages carry vectors or float columns. */
export type VectorMethodName = 'Insert' | 'Upsert' | 'Search' | 'Query';

/** The request and reply message types of each method of {@link VectorMethodName}. */
const MESSAGE_TYPES: Readonly<Record<VectorMethodName, readonly [request: string, reply: string]>> = {
  Insert: ['milvus.proto.milvus.InsertRequest', 'milvus.proto.milvus.MutationResult'],
  Upsert: ['milvus.proto.milvus.UpsertRequest', 'milvus.proto.milvus.MutationResult'],
  Search: ['milvus.proto.milvus.SearchRequest', 'milvus.proto.milvus.SearchResults'],
  Query: ['milvus.proto.milvus.QueryRequest', 'milvus.proto.milvus.QueryResults'],
};

let bytesRoot: protobuf.Root | undefined;

/** `FloatArray` as `proto/schema.proto` declares it, and as the vector codec reads it. */
const FLOAT_ARRAY = /message FloatArray \{\s*repeated float data = 1;\s*\}/;
const FLOAT_BYTES = 'message FloatArray {\n  bytes data = 1;\n}';

/**
 * `proto/` with `FloatArray.data` as `bytes`, parsed on first use. The change is made to the
 * text, so that the field has every rule of its proto3 file (an empty value is not written).
 */
function vectorRoot(): protobuf.Root {
  if (bytesRoot === undefined) {
    const root = new protobuf.Root();
    for (const file of readdirSync(PROTO_DIR).filter((name) => name.endsWith('.proto'))) {
      let text = readFileSync(join(PROTO_DIR, file), 'utf8');
      if (file === 'schema.proto') {
        if (!FLOAT_ARRAY.test(text)) throw new Error('proto/schema.proto: FloatArray is expected to be { repeated float data = 1; }');
        text = text.replace(FLOAT_ARRAY, FLOAT_BYTES);
      }
      protobuf.parse(text, root, { keepCase: true });
    }
    root.resolveAll();
    bytesRoot = root;
  }
  return bytesRoot;
}

/** How one message type goes to and from bytes in the vector codec. */
export interface MessageCodec {
  /** Encodes a message (fields as proto-loader takes them; every `FloatArray.data` as bytes). */
  readonly encode: (message: object) => Buffer;
  /** Decodes a message with proto-loader's options; every `FloatArray.data` is a `Buffer` view of `bytes`. */
  readonly decode: (bytes: Buffer) => object;
}

const messageCodecs = new Map<string, MessageCodec>();

/**
 * A message type of the vector codec (`proto/` with every `FloatArray.data` as bytes).
 *
 * @param typeName - the fully qualified message name
 * @returns its protobufjs type
 */
export function vectorMessageType(typeName: string): protobuf.Type {
  return vectorRoot().lookupType(typeName);
}

/**
 * The vector codec of one message type of `proto/`, e.g. `milvus.proto.milvus.InsertRequest`.
 *
 * @param typeName - the fully qualified message name
 * @returns its encoder and decoder
 */
export function vectorMessageCodec(typeName: string): MessageCodec {
  let codec = messageCodecs.get(typeName);
  if (codec === undefined) {
    const type = vectorMessageType(typeName);
    codec = {
      encode: (message) => asBuffer(type.encode(type.fromObject(message)).finish()),
      decode: (bytes) => type.toObject(type.decode(bytes), LOADER_OPTIONS),
    };
    messageCodecs.set(typeName, codec);
  }
  return codec;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const callCodecs = new Map<VectorMethodName, WireCodec>();

/**
 * How the vector codec turns a reply into a plain object: proto-loader's options without
 * `longs`, so that its int64 fields stay protobufjs `Long`s (see `int64.ts`), which the data
 * layer reads straight into bigints.
 */
const { longs, ...REPLY_OPTIONS } = LOADER_OPTIONS;

/**
 * The codec a call of `method` carries: its request encoded and its reply decoded by the vector
 * codec. The reply's int64 fields are `Long`s, not the strings its generated type says: read
 * them with `int64ToBigInt` / `int64ToNumber`.
 */
export function callCodec(method: VectorMethodName): WireCodec {
  let codec = callCodecs.get(method);
  if (codec === undefined) {
    const [request, reply] = MESSAGE_TYPES[method];
    const replyType = vectorMessageType(reply);
    codec = { serialize: vectorMessageCodec(request).encode, deserialize: (bytes) => replyType.toObject(replyType.decode(bytes), REPLY_OPTIONS) };
    callCodecs.set(method, codec);
  }
  return codec;
}

/**
 * A request of `method` to send through `conn.call` with the vector codec: each
 * `FloatArray.data` in it is bytes (see {@link floatBytes}), and each in its reply is a
 * `Buffer` (read it with {@link floatsOf}).
 *
 * The generated request type says `number[]` for `FloatArray.data`, and every field of it is
 * optional, so the compiler takes any object for one: the request given here must be in the
 * vector codec's shape (bytes there), which only the codec it carries can send.
 *
 * @param method - the method
 * @param request - the request, float columns as bytes
 * @returns the request, typed as `conn.call` takes it
 */
export function vectorRequest<M extends VectorMethodName>(method: M, request: object): MilvusMethods[M]['request'] {
  return withWireCodec(request, callCodec(method));
}

/**
 * A request encoded already, to send through `conn.call`: every attempt sends `bytes`, and the
 * reply is decoded by the vector codec. `carrier` is what whoever looks at the request sees
 * (its names, for call tracing); the bytes are the request.
 *
 * @param method - the method
 * @param carrier - the request's names
 * @param bytes - the request's bytes
 * @returns the request, typed as `conn.call` takes it
 */
export function preEncodedRequest<M extends VectorMethodName>(method: M, carrier: object, bytes: Buffer): MilvusMethods[M]['request'] {
  return withWireCodec(carrier, { serialize: () => bytes, deserialize: callCodec(method).deserialize });
}

/**
 * The bytes of floats, as the vector codec writes a `FloatArray.data`: a view, no copy.
 *
 * @param floats - the floats
 * @returns a `Buffer` over the same memory (little-endian on every platform Node runs on)
 */
export function floatBytes(floats: Float32Array): Buffer {
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength);
}

/**
 * The floats of a decoded `FloatArray.data`: a view of the reply's bytes when they sit at a
 * 4-byte boundary, else one copy; a plain `number[]` (proto-loader's decoding) is copied.
 *
 * @param data - bytes from the vector codec, or numbers from proto-loader
 * @returns the floats
 */
export function floatsOf(data: ArrayLike<number> | Uint8Array): Float32Array {
  if (!(data instanceof Uint8Array)) return Float32Array.from(data);
  if (data.byteLength % 4 !== 0) throw new RangeError(`float bytes: ${data.byteLength} is not a multiple of 4`);
  if (data.byteOffset % 4 === 0) return new Float32Array(data.buffer, data.byteOffset, data.byteLength / 4);
  const copy = new Float32Array(data.byteLength / 4);
  new Uint8Array(copy.buffer).set(data);
  return copy;
}

const scratch = new DataView(new ArrayBuffer(4));

/**
 * A float32 as IEEE 754 half precision (float16) bits, rounded to nearest even.
 *
 * @param value - the float
 * @returns the 16 bits
 */
export function toFloat16Bits(value: number): number {
  scratch.setFloat32(0, value, true);
  const bits = scratch.getUint32(0, true);
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  const mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa === 0 ? 0 : 0x200);
  const e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    // Subnormal: shift the mantissa, with its implicit leading 1, into 10 bits, rounding to even.
    const full = mantissa | 0x800000;
    const shift = 14 - e;
    const half = full >>> shift;
    const rest = full & ((1 << shift) - 1);
    const midpoint = 1 << (shift - 1);
    return sign | (half + (rest > midpoint || (rest === midpoint && (half & 1) === 1) ? 1 : 0));
  }
  const half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  // A carry out of the mantissa rounds up into the exponent, as it should (up to infinity).
  return sign | (half + (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1) ? 1 : 0));
}

/**
 * IEEE 754 half precision bits as a number.
 *
 * @param bits - the 16 bits
 * @returns the value
 */
export function fromFloat16Bits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa === 0 ? sign * Infinity : NaN;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/**
 * A float32 as bfloat16 bits (its upper 16 bits), rounded to nearest even.
 *
 * @param value - the float
 * @returns the 16 bits
 */
export function toBfloat16Bits(value: number): number {
  scratch.setFloat32(0, value, true);
  const bits = scratch.getUint32(0, true);
  if ((bits & 0x7f800000) === 0x7f800000 && (bits & 0x7fffff) !== 0) return (bits >>> 16) | 0x40;
  return ((bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16) & 0xffff;
}

/**
 * bfloat16 bits as a number.
 *
 * @param bits - the 16 bits
 * @returns the value
 */
export function fromBfloat16Bits(bits: number): number {
  scratch.setUint32(0, bits << 16, true);
  return scratch.getFloat32(0, true);
}

/** A sparse vector: ascending indices and their values. */
export interface SparseVector {
  readonly indices: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

/**
 * One row of a `SparseFloatArray`: each `(index, value)` pair as uint32 and float32,
 * little-endian, in the order given (the caller sorts them).
 *
 * @param vector - indices and values of the same length
 * @returns the row's bytes
 */
export function sparseRowBytes(vector: SparseVector): Buffer {
  const count = vector.indices.length;
  const bytes = Buffer.allocUnsafe(count * 8);
  for (let i = 0; i < count; i += 1) {
    bytes.writeUInt32LE(vector.indices[i] as number, i * 8);
    bytes.writeFloatLE(vector.values[i] as number, i * 8 + 4);
  }
  return bytes;
}

/**
 * A row of a `SparseFloatArray` read back.
 *
 * @param bytes - the row's bytes
 * @returns its indices and values
 */
export function sparseRowOf(bytes: Uint8Array): { indices: Uint32Array; values: Float32Array } {
  const count = Math.floor(bytes.byteLength / 8);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const indices = new Uint32Array(count);
  const values = new Float32Array(count);
  for (let i = 0; i < count; i += 1) {
    indices[i] = view.getUint32(i * 8, true);
    values[i] = view.getFloat32(i * 8 + 4, true);
  }
  return { indices, values };
}
