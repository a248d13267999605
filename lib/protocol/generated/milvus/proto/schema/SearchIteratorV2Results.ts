// Original file: proto/schema.proto


export interface SearchIteratorV2Results {
  'token'?: (string);
  'last_bound'?: (number | string);
}

export interface SearchIteratorV2Results__Output {
  'token': (string);
  'last_bound': (number);
}
