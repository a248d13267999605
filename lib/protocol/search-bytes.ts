/**
 * Search requests written straight into the bytes they go to the wire as: sized first, then
 * every field written into one buffer, the query vectors' bytes copied into their place inside
 * the placeholder group (no `PlaceholderGroup` encoded on its own and copied again, no
 * protobufjs `fromObject` over the request). A search's client CPU is mostly this encoding
 * and the reply's decoding; the reply is decoded by the vector codec.
 *
 * The bytes equal protobufjs's encoding of the same request with the placeholder group
 * encoded on its own (`spec/protocol/search-bytes.spec.ts` proves it): fields in field-number
 * order, those at their default left out. The field numbers are those of `proto/` and of the
 * placeholder group's wire facts (`codec.ts`):
 *
 * ```text
 * SearchRequest    { string collection_name = 3; repeated string partition_names = 4;
 *                    string dsl = 5; bytes placeholder_group = 6; DslType dsl_type = 7;
 *                    repeated string output_fields = 8; repeated KeyValuePair search_params = 9;
 *                    int64 nq = 12; ConsistencyLevel consistency_level = 14;
 *                    bool use_default_consistency = 15; }
 * KeyValuePair     { string key = 1; string value = 2; }
 * PlaceholderGroup { repeated PlaceholderValue placeholders = 1; }
 * PlaceholderValue { string tag = 1; PlaceholderType type = 2; repeated bytes values = 3; }
 * ```
 */
import type { MilvusMethods } from './proto.js';
import { preEncodedRequest } from './vector-bytes.js';
import { delimitedSize, stringFieldSize, varintFieldSize, writeDelimitedHeader, writeStringField, writeVarintField } from './wire-format.js';

/** A key-value pair as Milvus requests carry them (`common.KeyValuePair`): search and index parameters. */
export interface KeyValue {
  readonly key: string;
  readonly value: string;
}

/** What a Search of the data layer carries. */
export interface SearchRequestFields {
  /** The collection searched. */
  readonly collection_name: string;
  /** The partitions searched (none: all). */
  readonly partition_names: readonly string[];
  /** The filter expression (`''`: none). */
  readonly dsl: string;
  /** `DslType`: 1, `BoolExprV1`, for a filter expression. */
  readonly dsl_type: number;
  /** The query vectors' `PlaceholderType`: the vector field's `DataType` number. */
  readonly placeholder_type: number;
  /** Each query vector as the bytes Milvus takes for its type. */
  readonly vectors: readonly Uint8Array[];
  /** The fields each hit carries. */
  readonly output_fields: readonly string[];
  /** `anns_field`, `topk`, `params` (the index's, as JSON), `metric_type`, ... */
  readonly search_params: readonly KeyValue[];
  /** The number of query vectors. */
  readonly nq: number;
  /** The `ConsistencyLevel`, when not the collection's default. */
  readonly consistency_level?: number;
  /** Whether the collection's default consistency applies (then `consistency_level` is not read). */
  readonly use_default_consistency: boolean;
}

/** The tag of the one placeholder a search carries, as Milvus names it. */
const PLACEHOLDER_TAG = '$0';

const stringsSize = (values: readonly string[]): number => values.reduce((size, value) => size + delimitedSize(Buffer.byteLength(value)), 0);

function writeStrings(target: Buffer, position: number, field: number, values: readonly string[]): number {
  let at = position;
  // A repeated string keeps its empty members: each is a field of length 0.
  for (const value of values) {
    at = writeDelimitedHeader(target, at, field, Buffer.byteLength(value));
    at += target.write(value, at, 'utf8');
  }
  return at;
}

const paramSize = (param: KeyValue): number => stringFieldSize(param.key) + stringFieldSize(param.value);

/** The `PlaceholderValue`'s size: its tag, type and values. */
function placeholderValueSize(request: SearchRequestFields): number {
  let size = stringFieldSize(PLACEHOLDER_TAG) + varintFieldSize(request.placeholder_type);
  for (const vector of request.vectors) size += delimitedSize(vector.byteLength);
  return size;
}

/**
 * Encodes a Search request into one buffer, the query vectors copied into their place.
 *
 * @param request - the request
 * @returns the request's bytes
 */
export function encodeSearchRequest(request: SearchRequestFields): Buffer {
  const value = placeholderValueSize(request);
  const group = delimitedSize(value);
  let size =
    stringFieldSize(request.collection_name) +
    stringsSize(request.partition_names) +
    stringFieldSize(request.dsl) +
    delimitedSize(group) +
    varintFieldSize(request.dsl_type) +
    stringsSize(request.output_fields) +
    varintFieldSize(request.nq) +
    varintFieldSize(request.consistency_level ?? 0) +
    varintFieldSize(Number(request.use_default_consistency));
  for (const param of request.search_params) size += delimitedSize(paramSize(param));

  // Every byte is written below.
  const target = Buffer.allocUnsafe(size);
  let at = writeStringField(target, 0, 3, request.collection_name);
  at = writeStrings(target, at, 4, request.partition_names);
  at = writeStringField(target, at, 5, request.dsl);
  at = writeDelimitedHeader(target, at, 6, group);
  at = writeDelimitedHeader(target, at, 1, value);
  at = writeStringField(target, at, 1, PLACEHOLDER_TAG);
  at = writeVarintField(target, at, 2, request.placeholder_type);
  for (const vector of request.vectors) {
    at = writeDelimitedHeader(target, at, 3, vector.byteLength);
    target.set(vector, at);
    at += vector.byteLength;
  }
  at = writeVarintField(target, at, 7, request.dsl_type);
  at = writeStrings(target, at, 8, request.output_fields);
  for (const param of request.search_params) {
    at = writeDelimitedHeader(target, at, 9, paramSize(param));
    at = writeStringField(target, at, 1, param.key);
    at = writeStringField(target, at, 2, param.value);
  }
  at = writeVarintField(target, at, 12, request.nq);
  at = writeVarintField(target, at, 14, request.consistency_level ?? 0);
  at = writeVarintField(target, at, 15, Number(request.use_default_consistency));
  if (at !== size) throw new Error(`search request: wrote ${at} bytes of ${size}`);
  return target;
}

/**
 * A Search to send through `conn.call`, encoded now: each attempt sends the same bytes. The
 * returned object keeps the request's names (`collection_name`, `nq`) for whoever looks at
 * it, such as call tracing; its reply is decoded by the vector codec.
 *
 * @param request - the request
 * @returns the request, typed as `conn.call` takes it
 */
export function encodedSearchRequest(request: SearchRequestFields): MilvusMethods['Search']['request'] {
  return preEncodedRequest('Search', { collection_name: request.collection_name, nq: request.nq }, encodeSearchRequest(request));
}
