/**
 * The search vectors of a Search request: a `common.PlaceholderGroup` message serialized into
 * the request's `placeholder_group` bytes. `proto/` holds the messages MilvusService reaches,
 * and this one travels only as bytes, so it is not there: it is declared here from its wire
 * facts (`PlaceholderGroup { repeated PlaceholderValue placeholders = 1; }`,
 * `PlaceholderValue { string tag = 1; PlaceholderType type = 2; repeated bytes values = 3;
 * bool element_level = 4; }`, the enum carried as its number) and coded by proto-loader, as
 * every other message is.
 */
import { type MessageTypeDefinition, fromJSON } from '@grpc/proto-loader';

/** `common.PlaceholderGroup`, decoded. */
export interface PlaceholderGroup {
  placeholders: Array<{ tag: string; type: number; values: Buffer[]; element_level?: boolean }>;
}

/** `common.PlaceholderType.FloatVector`. */
export const FLOAT_VECTOR_PLACEHOLDER = 101;

let codec: MessageTypeDefinition<PlaceholderGroup, PlaceholderGroup> | undefined;

function placeholderCodec(): MessageTypeDefinition<PlaceholderGroup, PlaceholderGroup> {
  codec ??= fromJSON(
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
    { keepCase: true, longs: String, enums: Number, defaults: true },
  )['placeholder.PlaceholderGroup'] as MessageTypeDefinition<PlaceholderGroup, PlaceholderGroup>;
  return codec;
}

/** Decodes a request's `placeholder_group` bytes. */
export function decodePlaceholderGroup(bytes: Buffer): PlaceholderGroup {
  return placeholderCodec().deserialize(bytes);
}

/** Encodes float query vectors as `placeholder_group` bytes (tag `$0`, little-endian float32). */
export function encodeFloatVectors(vectors: ReadonlyArray<readonly number[]>): Buffer {
  const values = vectors.map((vector) => Buffer.from(Float32Array.from(vector).buffer));
  return placeholderCodec().serialize({ placeholders: [{ tag: '$0', type: FLOAT_VECTOR_PLACEHOLDER, values }] });
}
