/**
 * The protobuf wire format at its smallest, for the requests the data layer writes by hand
 * (`write-bytes.ts`, `search-bytes.ts`): sizes first, then each field written into one buffer
 * of exactly that size. Only what those requests hold: varints of non-negative integers below
 * 2^53, length-delimited fields, and field numbers below 16 (whose tag is one byte).
 *
 * Proto3 leaves a field at its default (0, false, an empty string) off the wire: the writers
 * here do too, as protobufjs does for a field that is not set.
 */

/** Wire type of a varint (ints, enums, bools). */
export const VARINT = 0;
/** Wire type of a length-delimited value (strings, bytes, messages, packed lists). */
const DELIMITED = 2;

/** The one-byte tag of a field below 16. */
export const tag = (field: number, wireType: number): number => (field << 3) | wireType;

/** Bytes of a varint of a non-negative integer below 2^53. */
export function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) size += 1;
  return size;
}

/** Writes a varint of a non-negative integer below 2^53; returns the position after it. */
export function writeVarint(target: Buffer, position: number, value: number): number {
  let at = position;
  let rest = value;
  // Division, not shifts: a shift works on 32 bits, and a value may be larger.
  while (rest >= 0x80) {
    target[at++] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  target[at++] = rest;
  return at;
}

/** Bytes of a length-delimited field of `length` bytes, its tag included. */
export const delimitedSize = (length: number): number => 1 + varintSize(length) + length;

/** Bytes of a varint field, its tag included: none for 0. */
export const varintFieldSize = (value: number): number => (value === 0 ? 0 : 1 + varintSize(value));

/** Writes a varint field (nothing for 0); returns the position after it. */
export function writeVarintField(target: Buffer, position: number, field: number, value: number): number {
  if (value === 0) return position;
  target[position] = tag(field, VARINT);
  return writeVarint(target, position + 1, value);
}

/** Bytes of a string field, its tag included: none for an empty string. */
export function stringFieldSize(value: string): number {
  const length = Buffer.byteLength(value);
  return length === 0 ? 0 : delimitedSize(length);
}

/** Writes a string field as UTF-8 (nothing for an empty string); returns the position after it. */
export function writeStringField(target: Buffer, position: number, field: number, value: string): number {
  if (value === '') return position;
  target[position] = tag(field, DELIMITED);
  const at = writeVarint(target, position + 1, Buffer.byteLength(value));
  return at + target.write(value, at, 'utf8');
}

/** Writes the tag and length of a length-delimited field whose `length` bytes follow; returns the position after them. */
export function writeDelimitedHeader(target: Buffer, position: number, field: number, length: number): number {
  target[position] = tag(field, DELIMITED);
  return writeVarint(target, position + 1, length);
}
