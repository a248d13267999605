// Original file: proto/schema.proto


export interface BytesArray {
  'data'?: (Buffer | Uint8Array | string)[];
}

export interface BytesArray__Output {
  'data': (Buffer)[];
}
