/**
 * A request that brings its own wire codec: the transport serializes it, and decodes its reply,
 * with the codec it carries instead of the method's proto-loader pair. The data layer sends
 * its inserts, upserts, searches and queries this way (`vector-bytes.ts`: vectors as bytes),
 * through the one call path of `conn.call`, which neither knows nor cares: deadline, abort,
 * resend rules and metadata are the same for every request.
 */

/** Serializes a request and deserializes its reply. */
export interface WireCodec {
  /** The request's bytes on the wire. */
  readonly serialize: (request: object) => Buffer;
  /** The reply decoded from its bytes. */
  readonly deserialize: (bytes: Buffer) => object;
}

/** Where a request keeps its codec: a symbol, so that it never reaches the wire or a field of the message. */
const WIRE_CODEC: unique symbol = Symbol('milvex.wireCodec');

/**
 * Attaches a codec to a request.
 *
 * @param request - the request message, in whatever shape the codec serializes
 * @param codec - how to serialize it and decode its reply
 * @returns the same object, carrying the codec
 */
export function withWireCodec<T extends object>(request: T, codec: WireCodec): T {
  Object.defineProperty(request, WIRE_CODEC, { value: codec, enumerable: false });
  return request;
}

/** The codec a request carries, or `undefined` for a plain request. */
export function wireCodecOf(request: object): WireCodec | undefined {
  return (request as { [WIRE_CODEC]?: WireCodec })[WIRE_CODEC];
}
