/**
 * How the in-memory Milvus reads the vectors of an insert or upsert: with the vector codec of
 * `protocol/vector-bytes.ts` (float columns as one block of bytes, not one JS number at a time),
 * then each float column handed to the engine in the shape proto-loader gives it (a float
 * vector column as a `Float32Array`, a float scalar column as numbers). Any client's request
 * decodes this way: a packed `repeated float` is the same bytes whoever wrote it.
 */
import type { MethodDefinition } from '@grpc/grpc-js';
import { floatsOf, vectorMessageCodec } from '../../protocol/vector-bytes.js';

/** The requests whose float columns are read as blocks. */
const REQUEST_TYPES: Readonly<Record<string, string>> = {
  Insert: 'milvus.proto.milvus.InsertRequest',
  Upsert: 'milvus.proto.milvus.UpsertRequest',
};

type Decoded = Record<string, unknown>;

/** Float columns of a decoded `ScalarField` back to numbers, arrays of arrays included. */
function scalarFloats(scalars: Decoded | null | undefined): void {
  if (scalars === null || scalars === undefined) return;
  const floats = scalars['float_data'] as { data: unknown } | null | undefined;
  if (floats !== null && floats !== undefined && floats.data instanceof Uint8Array) floats.data = Array.from(floatsOf(floats.data));
  const arrays = scalars['array_data'] as { data: Decoded[] } | null | undefined;
  for (const cell of arrays?.data ?? []) scalarFloats(cell);
}

function decodeRequest(typeName: string): (bytes: Buffer) => object {
  const { decode } = vectorMessageCodec(typeName);
  return (bytes) => {
    const request = decode(bytes) as { fields_data?: Decoded[] };
    for (const column of request.fields_data ?? []) {
      const vector = (column['vectors'] as { float_vector?: { data: unknown } | null } | null | undefined)?.float_vector;
      if (vector !== null && vector !== undefined && vector.data instanceof Uint8Array) vector.data = floatsOf(vector.data);
      scalarFloats(column['scalars'] as Decoded | null | undefined);
    }
    return request;
  };
}

/**
 * The service definition with Insert and Upsert requests read by the vector codec.
 *
 * @param service - the MilvusService definition of `proto/`
 * @returns a copy, the other methods as they were
 */
export function withVectorDecoding(service: Record<string, MethodDefinition<object, object>>): Record<string, MethodDefinition<object, object>> {
  const copy = { ...service };
  for (const [method, typeName] of Object.entries(REQUEST_TYPES)) {
    const definition = copy[method];
    if (definition !== undefined) copy[method] = { ...definition, requestDeserialize: decodeRequest(typeName) };
  }
  return copy;
}
