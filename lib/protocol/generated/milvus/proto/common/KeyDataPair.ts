// Original file: proto/common.proto


export interface KeyDataPair {
  'key'?: (string);
  'data'?: (Buffer | Uint8Array | string);
}

export interface KeyDataPair__Output {
  'key': (string);
  'data': (Buffer);
}
