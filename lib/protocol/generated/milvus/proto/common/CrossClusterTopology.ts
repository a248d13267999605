// Original file: proto/common.proto


export interface CrossClusterTopology {
  'source_cluster_id'?: (string);
  'target_cluster_id'?: (string);
}

export interface CrossClusterTopology__Output {
  'source_cluster_id': (string);
  'target_cluster_id': (string);
}
