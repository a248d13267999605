// Original file: proto/schema.proto

import type { FunctionChainExprArg as _milvus_proto_schema_FunctionChainExprArg, FunctionChainExprArg__Output as _milvus_proto_schema_FunctionChainExprArg__Output } from '../../../milvus/proto/schema/FunctionChainExprArg.js';
import type { FunctionParamValue as _milvus_proto_schema_FunctionParamValue, FunctionParamValue__Output as _milvus_proto_schema_FunctionParamValue__Output } from '../../../milvus/proto/schema/FunctionParamValue.js';

export interface FunctionChainExpr {
  'name'?: (string);
  'args'?: (_milvus_proto_schema_FunctionChainExprArg)[];
  'params'?: ({[key: string]: _milvus_proto_schema_FunctionParamValue});
}

export interface FunctionChainExpr__Output {
  'name': (string);
  'args': (_milvus_proto_schema_FunctionChainExprArg__Output)[];
  'params': ({[key: string]: _milvus_proto_schema_FunctionParamValue__Output});
}
