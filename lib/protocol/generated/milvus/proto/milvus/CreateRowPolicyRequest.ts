// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { RowPolicyAction as _milvus_proto_milvus_RowPolicyAction, RowPolicyAction__Output as _milvus_proto_milvus_RowPolicyAction__Output } from '../../../milvus/proto/milvus/RowPolicyAction.js';

export interface CreateRowPolicyRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'db_name'?: (string);
  'collection_name'?: (string);
  'policy_name'?: (string);
  'actions'?: (_milvus_proto_milvus_RowPolicyAction)[];
  'roles'?: (string)[];
  'using_expr'?: (string);
  'check_expr'?: (string);
  'description'?: (string);
}

export interface CreateRowPolicyRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'db_name': (string);
  'collection_name': (string);
  'policy_name': (string);
  'actions': (_milvus_proto_milvus_RowPolicyAction__Output)[];
  'roles': (string)[];
  'using_expr': (string);
  'check_expr': (string);
  'description': (string);
}
