import type { MessageTypeDefinition } from '@grpc/proto-loader';
import { expect } from 'chai';
import { decodePlaceholderGroup, encodeCollectionSchema, encodeFloatVectors } from '../../lib/protocol/codec.js';
import { DataType } from '../../lib/protocol/generated/milvus/proto/schema/DataType.js';
import { milvusPackage } from '../../lib/protocol/proto.js';

describe('the messages Milvus carries as bytes', () => {
  it('encodes a collection schema that decodes back field by field', () => {
    const bytes = encodeCollectionSchema({
      name: 'docs',
      enable_dynamic_field: true,
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true, autoID: true },
        { name: 'embedding', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '4' }] },
      ],
    });
    const type = milvusPackage()['milvus.proto.schema.CollectionSchema'] as MessageTypeDefinition<object, Record<string, unknown>>;
    const decoded = type.deserialize(bytes) as { name: string; enable_dynamic_field: boolean; fields: Array<Record<string, unknown>> };
    expect(decoded.name).to.equal('docs');
    expect(decoded.enable_dynamic_field).to.equal(true);
    expect(decoded.fields.map((field) => [field['name'], field['data_type'], field['is_primary_key']])).to.deep.equal([
      ['id', 5, true],
      ['embedding', 101, false],
    ]);
    expect(decoded.fields[1]?.['type_params']).to.deep.equal([{ key: 'dim', value: '4' }]);
  });

  it('encodes query vectors as a FloatVector placeholder group of little-endian float32', () => {
    const group = decodePlaceholderGroup(encodeFloatVectors([[1, 2.5], Float32Array.of(-1, 0)]));
    expect(group.placeholders).to.have.length(1);
    const [placeholder] = group.placeholders;
    expect(placeholder?.tag).to.equal('$0');
    expect(placeholder?.type).to.equal(101);
    const vectors = placeholder?.values.map((value) =>
      Array.from(new Float32Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength))),
    );
    expect(vectors).to.deep.equal([
      [1, 2.5],
      [-1, 0],
    ]);
  });
});
