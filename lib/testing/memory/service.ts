/**
 * The in-memory Milvus as a table of MilvusService methods: metadata and data methods over
 * one {@link Catalog}, with the byte fields that hold whole messages decoded: a collection
 * schema by its message type in `proto/`, a search's placeholder group by `placeholder.ts`.
 */
import type { MessageTypeDefinition } from '@grpc/proto-loader';
import { milvusPackage } from '../../protocol/proto.js';
import { alterMethods } from './alter-methods.js';
import { analyzerMethods } from './analyzer-methods.js';
import type { Catalog } from './catalog.js';
import { dataMethods } from './data-methods.js';
import { metadataMethods } from './metadata-methods.js';
import type { MethodTable } from './method-table.js';
import { partitionMethods } from './partition-methods.js';
import { decodePlaceholderGroup } from '../../protocol/codec.js';
import { fail } from './status.js';
import type { CollectionSchemaMessage, FieldSchemaMessage } from './wire.js';

/** A decoder whose failure (bytes that are not the message) is a Milvus 1100, not an exception of the server. */
function checked<T>(what: string, decode: (bytes: Buffer) => T): (bytes: Buffer) => T {
  return (bytes) => {
    try {
      return decode(bytes);
    } catch (error) {
      return fail('parameterInvalid', `failed to unmarshal ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** Decodes a serialized message of `proto/` with proto-loader's options (those of every request). */
function decoder<T>(typeName: string): (bytes: Buffer) => T {
  return checked(typeName, (bytes) => (milvusPackage()[typeName] as MessageTypeDefinition<object, T>).deserialize(bytes));
}

/** Every method the in-memory Milvus answers, by MilvusService method name. */
export function memoryMethods(catalog: Catalog): MethodTable {
  return {
    ...metadataMethods(catalog, decoder<CollectionSchemaMessage>('milvus.proto.schema.CollectionSchema')),
    ...dataMethods(catalog, checked('milvus.proto.common.PlaceholderGroup', decodePlaceholderGroup)),
    ...partitionMethods(catalog),
    ...analyzerMethods(catalog),
    ...alterMethods(catalog, decoder<FieldSchemaMessage>('milvus.proto.schema.FieldSchema')),
  };
}
