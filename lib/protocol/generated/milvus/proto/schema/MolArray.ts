// Original file: proto/schema.proto


export interface MolArray {
  'data'?: (Buffer | Uint8Array | string)[];
}

export interface MolArray__Output {
  'data': (Buffer)[];
}
