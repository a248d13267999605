// Original file: proto/milvus.proto

import type { VectorIDs as _milvus_proto_milvus_VectorIDs, VectorIDs__Output as _milvus_proto_milvus_VectorIDs__Output } from '../../../milvus/proto/milvus/VectorIDs.js';
import type { VectorField as _milvus_proto_schema_VectorField, VectorField__Output as _milvus_proto_schema_VectorField__Output } from '../../../milvus/proto/schema/VectorField.js';

export interface VectorsArray {
  'id_array'?: (_milvus_proto_milvus_VectorIDs | null);
  'data_array'?: (_milvus_proto_schema_VectorField | null);
  'array'?: "id_array"|"data_array";
}

export interface VectorsArray__Output {
  'id_array'?: (_milvus_proto_milvus_VectorIDs__Output | null);
  'data_array'?: (_milvus_proto_schema_VectorField__Output | null);
  'array'?: "id_array"|"data_array";
}
