// Original file: proto/schema.proto

import type { FunctionChainStage as _milvus_proto_schema_FunctionChainStage, FunctionChainStage__Output as _milvus_proto_schema_FunctionChainStage__Output } from '../../../milvus/proto/schema/FunctionChainStage.js';
import type { FunctionChainOp as _milvus_proto_schema_FunctionChainOp, FunctionChainOp__Output as _milvus_proto_schema_FunctionChainOp__Output } from '../../../milvus/proto/schema/FunctionChainOp.js';

export interface FunctionChain {
  'name'?: (string);
  'stage'?: (_milvus_proto_schema_FunctionChainStage);
  'ops'?: (_milvus_proto_schema_FunctionChainOp)[];
}

export interface FunctionChain__Output {
  'name': (string);
  'stage': (_milvus_proto_schema_FunctionChainStage__Output);
  'ops': (_milvus_proto_schema_FunctionChainOp__Output)[];
}
