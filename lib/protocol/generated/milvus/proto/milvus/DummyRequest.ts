// Original file: proto/milvus.proto


export interface DummyRequest {
  'request_type'?: (string);
}

export interface DummyRequest__Output {
  'request_type': (string);
}
