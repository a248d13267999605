import { expect } from 'chai';
import { milvusMethod } from '../../lib/protocol/proto.js';
import {
  floatBytes,
  floatsOf,
  fromBfloat16Bits,
  fromFloat16Bits,
  sparseRowBytes,
  sparseRowOf,
  toBfloat16Bits,
  toFloat16Bits,
  vectorMessageCodec,
  vectorRequest,
} from '../../lib/protocol/vector-bytes.js';
import { wireCodecOf } from '../../lib/protocol/wire-codec.js';
import { DataType } from '../../lib/index.js';

/** An Insert request in proto-loader's shape (floats as numbers) and the same in the vector codec's (floats as bytes). */
function insertPair(floats: number[], scalarFloats: number[]) {
  const asBytes = (numbers: number[]) => (numbers.length === 0 ? undefined : floatBytes(Float32Array.from(numbers)));
  const columns = (wrap: (numbers: number[]) => unknown) => [
    { field_name: 'id', type: DataType.Int64, scalars: { long_data: { data: ['1', '2', '9007199254740993'] } } },
    { field_name: 'v', type: DataType.FloatVector, vectors: { dim: 2, float_vector: { data: wrap(floats) } } },
    { field_name: 'f', type: DataType.Float, scalars: { float_data: { data: wrap(scalarFloats) } }, valid_data: [true, false, true] },
    {
      field_name: 'a',
      type: DataType.Array,
      scalars: {
        array_data: { element_type: DataType.Float, data: [{ float_data: { data: wrap([1.5, -2]) } }, { float_data: { data: wrap([]) } }] },
      },
    },
  ];
  const base = { collection_name: 'docs', partition_name: 'p1', num_rows: 3 };
  return { plain: { ...base, fields_data: columns((n) => n) }, bytes: { ...base, fields_data: columns(asBytes) } };
}

describe('vector codec (FloatArray as bytes)', () => {
  const floats = [0.5, -1.25, 3.4028234663852886e38, 1.401298464324817e-45, -0, 7];
  const plainInsert = milvusMethod('Insert');

  it('encodes an Insert byte for byte as protobufjs (proto-loader) encodes it with the floats as numbers', () => {
    const { plain, bytes } = insertPair(floats, [1.5, 2.25]);
    const expected = plainInsert?.requestSerialize(plain);
    const actual = vectorMessageCodec('milvus.proto.milvus.InsertRequest').encode(bytes);
    expect(Buffer.compare(actual, expected as Buffer)).to.equal(0);
  });

  it('decodes what protobufjs encoded: the same message, float columns as bytes of the same floats', () => {
    const { plain } = insertPair(floats, [1.5, 2.25]);
    const wire = plainInsert?.requestSerialize(plain) as Buffer;
    const decoded = vectorMessageCodec('milvus.proto.milvus.InsertRequest').decode(wire) as {
      fields_data: Array<{ field_name: string; vectors?: { float_vector?: { data: Buffer } }; scalars?: { float_data?: { data: Buffer } } }>;
    };
    const standard = plainInsert?.requestDeserialize(wire) as typeof decoded;
    const vector = decoded.fields_data[1]?.vectors?.float_vector?.data as Buffer;
    expect(vector).to.be.instanceOf(Buffer);
    expect(Array.from(floatsOf(vector))).to.deep.equal(Array.from(Float32Array.from(floats)));
    expect(Array.from(floatsOf(decoded.fields_data[2]?.scalars?.float_data?.data as Buffer))).to.deep.equal([1.5, 2.25]);
    // Everything but the float columns is what proto-loader decodes.
    expect(decoded.fields_data[0]).to.deep.equal(standard.fields_data[0]);
  });

  it('reads the floats of a reply as a view of its bytes when aligned, and as a copy when not', () => {
    const backing = Buffer.alloc(4 * 3 + 1);
    Float32Array.from([1, 2, 3]).forEach((x, i) => backing.writeFloatLE(x, i * 4));
    const aligned = backing.subarray(0, 12);
    const view = floatsOf(aligned);
    expect(Array.from(view)).to.deep.equal([1, 2, 3]);
    expect(view.buffer).to.equal(aligned.buffer);
    const shifted = Buffer.alloc(13);
    aligned.copy(shifted, 1);
    const copy = floatsOf(shifted.subarray(1));
    expect(Array.from(copy)).to.deep.equal([1, 2, 3]);
    expect(copy.buffer).to.not.equal(shifted.buffer);
    expect(Array.from(floatsOf([4, 5]))).to.deep.equal([4, 5]);
    expect(() => floatsOf(Buffer.alloc(3))).to.throw(RangeError);
  });

  it('writes a Float32Array as a view of its own bytes, no copy', () => {
    const vector = Float32Array.from([1, 2]);
    const bytes = floatBytes(vector);
    expect(bytes.buffer).to.equal(vector.buffer);
    expect(bytes.readFloatLE(4)).to.equal(2);
  });

  it('attaches itself to a request, invisibly: conn.call serializes it with the vector codec', () => {
    const { bytes } = insertPair(floats, [1.5, 2.25]);
    const request = vectorRequest('Insert', bytes);
    expect(Object.keys(request)).to.deep.equal(Object.keys(bytes));
    const codec = wireCodecOf(request);
    expect(codec).to.not.equal(undefined);
    expect(
      Buffer.compare(codec?.serialize(request) as Buffer, plainInsert?.requestSerialize(insertPair(floats, [1.5, 2.25]).plain) as Buffer),
    ).to.equal(0);
    expect(wireCodecOf({})).to.equal(undefined);
  });

  it('float16: exact values, rounding to nearest even, subnormals, overflow and NaN', () => {
    const cases: Array<[number, number]> = [
      [0, 0x0000],
      [-0, 0x8000],
      [1, 0x3c00],
      [-2, 0xc000],
      [65504, 0x7bff],
      [65520, 0x7c00], // rounds up to infinity
      [2 ** -24, 0x0001], // smallest subnormal
      [2 ** -14, 0x0400], // smallest normal
      [1 + 2 ** -11, 0x3c00], // a tie: to even (down)
      [1 + 3 * 2 ** -11, 0x3c02], // a tie: to even (up)
      [Infinity, 0x7c00],
    ];
    for (const [value, bits] of cases) expect(toFloat16Bits(value), String(value)).to.equal(bits);
    expect(toFloat16Bits(NaN) & 0x7c00).to.equal(0x7c00);
    expect(Number.isNaN(fromFloat16Bits(toFloat16Bits(NaN)))).to.equal(true);
    for (const value of [0, 1, -2, 65504, 2 ** -24, 0.333251953125]) expect(fromFloat16Bits(toFloat16Bits(value))).to.equal(value);
  });

  it('bfloat16: the upper half of a float32, rounded to nearest even', () => {
    expect(toBfloat16Bits(1)).to.equal(0x3f80);
    expect(toBfloat16Bits(-2)).to.equal(0xc000);
    expect(toBfloat16Bits(1 + 2 ** -8)).to.equal(0x3f80); // a tie: to even (down)
    expect(toBfloat16Bits(1 + 3 * 2 ** -8)).to.equal(0x3f82); // a tie: to even (up)
    for (const value of [0, 1, -2, 0.5, 3.140625]) expect(fromBfloat16Bits(toBfloat16Bits(value))).to.equal(value);
    expect(Number.isNaN(fromBfloat16Bits(toBfloat16Bits(NaN)))).to.equal(true);
  });

  it('sparse rows: (uint32 index, float32 value) pairs, little-endian, read back', () => {
    const bytes = sparseRowBytes({ indices: [3, 70000], values: [0.5, -1] });
    expect([...bytes]).to.deep.equal([3, 0, 0, 0, 0, 0, 0, 0x3f, 0x70, 0x11, 0x01, 0, 0, 0, 0x80, 0xbf]);
    const { indices, values } = sparseRowOf(bytes);
    expect(Array.from(indices)).to.deep.equal([3, 70000]);
    expect(Array.from(values)).to.deep.equal([0.5, -1]);
  });
});
