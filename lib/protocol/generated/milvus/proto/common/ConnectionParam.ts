// Original file: proto/common.proto


export interface ConnectionParam {
  'uri'?: (string);
  'token'?: (string);
}

export interface ConnectionParam__Output {
  'uri': (string);
  'token': (string);
}
