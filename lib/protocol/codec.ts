/**
 * The two messages Milvus carries as bytes inside requests: the collection schema of
 * `CreateCollection` (`schema`, a serialized `schema.CollectionSchema`) and the search
 * vectors of `Search` / `HybridSearch` (`placeholder_group`, a serialized
 * `common.PlaceholderGroup`). Encoded here so that a caller of `conn.call` never loads a
 * .proto file.
 *
 * `PlaceholderGroup` travels only as bytes, so `proto/` (what MilvusService reaches) lacks
 * it; it is declared here from its wire facts: `PlaceholderGroup { repeated PlaceholderValue
 * placeholders = 1; }`, `PlaceholderValue { string tag = 1; PlaceholderType type = 2;
 * repeated bytes values = 3; bool element_level = 4; }`, `PlaceholderType.FloatVector = 101`.
 */
import { type MessageTypeDefinition, fromJSON } from '@grpc/proto-loader';
import type { CollectionSchema } from 'milvex/proto';
import { LOADER_OPTIONS, milvusPackage } from './proto.js';

export type { CollectionSchema };

/** `common.PlaceholderGroup`, decoded: the query vectors of a search, each as raw bytes. */
export interface PlaceholderGroup {
  placeholders: Array<{ tag: string; type: number; values: Buffer[]; element_level?: boolean }>;
}

/** `common.PlaceholderType.FloatVector`. */
export const FLOAT_VECTOR_PLACEHOLDER = 101;

let placeholderType: MessageTypeDefinition<PlaceholderGroup, PlaceholderGroup> | undefined;

function placeholderGroupType(): MessageTypeDefinition<PlaceholderGroup, PlaceholderGroup> {
  placeholderType ??= fromJSON(
    {
      nested: {
        placeholder: {
          nested: {
            PlaceholderValue: {
              fields: {
                tag: { type: 'string', id: 1 },
                type: { type: 'int32', id: 2 },
                values: { rule: 'repeated', type: 'bytes', id: 3 },
                element_level: { type: 'bool', id: 4 },
              },
            },
            PlaceholderGroup: { fields: { placeholders: { rule: 'repeated', type: 'PlaceholderValue', id: 1 } } },
          },
        },
      },
    },
    LOADER_OPTIONS,
  )['placeholder.PlaceholderGroup'] as MessageTypeDefinition<PlaceholderGroup, PlaceholderGroup>;
  return placeholderType;
}

/**
 * Encodes a collection schema as `CreateCollectionRequest.schema` bytes.
 *
 * ## Example
 * ```ts
 * const schema = encodeCollectionSchema({
 *   name: 'docs',
 *   fields: [
 *     { name: 'id', data_type: DataType.Int64, is_primary_key: true, autoID: true },
 *     { name: 'embedding', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '4' }] },
 *   ],
 * });
 * await conn.call('CreateCollection', { collection_name: 'docs', schema });
 * ```
 *
 * @param schema - the schema, fields as in `schema.proto`
 * @returns the serialized message
 */
export function encodeCollectionSchema(schema: CollectionSchema): Buffer {
  const type = milvusPackage()['milvus.proto.schema.CollectionSchema'] as MessageTypeDefinition<CollectionSchema, object>;
  return type.serialize(schema);
}

/**
 * Encodes float query vectors as `SearchRequest.placeholder_group` bytes (tag `$0`, each
 * vector as little-endian float32).
 *
 * @param vectors - one or more query vectors of the collection's dimension
 * @returns the serialized `PlaceholderGroup`
 */
export function encodeFloatVectors(vectors: ReadonlyArray<ArrayLike<number>>): Buffer {
  const values = vectors.map((vector) => {
    const floats = Float32Array.from(vector);
    return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength);
  });
  return encodePlaceholderGroup(FLOAT_VECTOR_PLACEHOLDER, values);
}

/**
 * Encodes query vectors of any kind as `SearchRequest.placeholder_group` bytes (tag `$0`).
 *
 * @param type - the `PlaceholderType`: the vector field's `DataType` number (`FloatVector` 101,
 *   `BinaryVector` 100, `Float16Vector` 102, `BFloat16Vector` 103, `SparseFloatVector` 104)
 * @param values - each query vector as the bytes Milvus takes for its type
 * @returns the serialized `PlaceholderGroup`
 */
export function encodePlaceholderGroup(type: number, values: readonly Buffer[]): Buffer {
  return placeholderGroupType().serialize({ placeholders: [{ tag: '$0', type, values: [...values] }] });
}

/**
 * Decodes `placeholder_group` bytes, as a server does.
 *
 * @param bytes - the request's `placeholder_group`
 * @returns the placeholders
 */
export function decodePlaceholderGroup(bytes: Buffer): PlaceholderGroup {
  return placeholderGroupType().deserialize(bytes);
}
