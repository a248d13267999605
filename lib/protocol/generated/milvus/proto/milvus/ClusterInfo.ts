// Original file: proto/milvus.proto


export interface ClusterInfo {
  'cluster_id'?: (string);
  'cchannel'?: (string);
  'pchannels'?: (string)[];
}

export interface ClusterInfo__Output {
  'cluster_id': (string);
  'cchannel': (string);
  'pchannels': (string)[];
}
