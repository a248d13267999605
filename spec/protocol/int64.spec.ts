import { expect } from 'chai';
import { int64ToBigInt, int64ToNumber } from '../../lib/protocol/int64.js';
import { callCodec } from '../../lib/protocol/vector-bytes.js';
import { milvusService } from '../../lib/protocol/proto.js';

/** The two 32-bit halves of a value, as protobufjs's Long holds them (both signed int32). */
const halves = (value: bigint, unsigned = false) => ({
  low: Number(BigInt.asIntN(32, value & 0xffff_ffffn)),
  high: Number(BigInt.asIntN(32, (value >> 32n) & 0xffff_ffffn)),
  unsigned,
});

describe('int64 of a decoded reply', () => {
  const values = [0n, 1n, -1n, 2n ** 53n + 1n, -(2n ** 63n), 2n ** 63n - 1n, 4_294_967_296n, -4_294_967_297n];

  it('reads a Long exactly as a bigint, signed unless unsigned', () => {
    for (const value of values) expect(int64ToBigInt(halves(value))).to.equal(value);
    expect(int64ToBigInt(halves(2n ** 64n - 1n, true))).to.equal(2n ** 64n - 1n);
    expect(int64ToBigInt(halves(2n ** 63n, true))).to.equal(2n ** 63n);
  });

  it('reads numbers and decimal strings as they are', () => {
    expect(int64ToBigInt('-9223372036854775808')).to.equal(-(2n ** 63n));
    expect(int64ToBigInt(42)).to.equal(42n);
    expect(int64ToNumber('1000')).to.equal(1000);
    expect(int64ToNumber(7)).to.equal(7);
  });

  it('reads a Long as a number for counts and sizes', () => {
    for (const value of [0n, 1n, -1n, 768n, 2n ** 40n + 5n, -(2n ** 40n)]) expect(int64ToNumber(halves(value))).to.equal(Number(value));
    expect(int64ToNumber(halves(2n ** 32n + 3n, true))).to.equal(2 ** 32 + 3);
  });

  it('the vector codec decodes a Search reply with its ids as Longs, which read back exactly', () => {
    const ids = [2n ** 62n + 7n, -5n, 9_007_199_254_740_993n];
    const bytes = milvusService().Search?.responseSerialize({
      status: { code: 0 },
      results: { num_queries: 1, top_k: 3, scores: [1, 2, 3], topks: [3], ids: { int_id: { data: ids.map(String) } } },
    }) as Buffer;
    const reply = callCodec('Search').deserialize(bytes) as { results: { ids: { int_id: { data: unknown[] } }; topks: unknown[] } };
    expect(reply.results.ids.int_id.data.map((id) => typeof id)).to.deep.equal(['object', 'object', 'object']);
    expect(reply.results.ids.int_id.data.map((id) => int64ToBigInt(id as never))).to.deep.equal(ids);
    expect(int64ToNumber(reply.results.topks[0] as never)).to.equal(3);
  });
});
