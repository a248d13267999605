/**
 * 64-bit integers of a reply decoded by the vector codec, read straight into `bigint` or
 * `number`.
 *
 * The vector codec decodes the data methods' replies with protobufjs's `Long`s left as they
 * are (proto-loader's `longs: String` turns each into a decimal string first: a division
 * loop a value, the costliest step of decoding a search's ids or a query's int64 column,
 * and the data layer then parses the string again into a bigint). A value reads as a `Long`
 * (`{ low, high, unsigned }`), or as a number or a string where protobufjs gives one (no
 * long.js, or a message decoded elsewhere): every reader here takes all three.
 */

/** An int64 / uint64 as protobufjs decodes it: its two 32-bit halves. */
export interface LongBits {
  readonly low: number;
  readonly high: number;
  readonly unsigned?: boolean;
}

/** An int64 / uint64 field of a decoded message, whichever form it came in. */
export type Int64Value = LongBits | number | string;

/**
 * The exact value of an int64 / uint64.
 *
 * @param value - a `Long`, or a number or decimal string
 * @returns the value as a bigint, signed unless the `Long` says unsigned
 */
export function int64ToBigInt(value: Int64Value): bigint {
  if (typeof value !== 'object') return BigInt(value);
  const bits = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
  return value.unsigned === true ? bits : BigInt.asIntN(64, bits);
}

/**
 * An int64 / uint64 that is a count or a size (rows, hits, a dimension), as a number.
 *
 * @param value - a `Long`, or a number or decimal string
 * @returns the value as a number (exact up to 2^53)
 */
export function int64ToNumber(value: Int64Value): number {
  if (typeof value !== 'object') return Number(value);
  return value.unsigned === true ? (value.high >>> 0) * 2 ** 32 + (value.low >>> 0) : value.high * 2 ** 32 + (value.low >>> 0);
}
