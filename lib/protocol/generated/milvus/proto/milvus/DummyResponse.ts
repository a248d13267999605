// Original file: proto/milvus.proto


export interface DummyResponse {
  'response'?: (string);
}

export interface DummyResponse__Output {
  'response': (string);
}
