// Original file: proto/common.proto

import type { ErrorCode as _milvus_proto_common_ErrorCode, ErrorCode__Output as _milvus_proto_common_ErrorCode__Output } from '../../../milvus/proto/common/ErrorCode.js';

export interface Status {
  'error_code'?: (_milvus_proto_common_ErrorCode);
  'reason'?: (string);
  'code'?: (number);
  'retriable'?: (boolean);
  'detail'?: (string);
  'extra_info'?: ({[key: string]: string});
}

export interface Status__Output {
  'error_code': (_milvus_proto_common_ErrorCode__Output);
  'reason': (string);
  'code': (number);
  'retriable': (boolean);
  'detail': (string);
  'extra_info': ({[key: string]: string});
}
