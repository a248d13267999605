// Original file: proto/schema.proto


export interface GeometryArray {
  'data'?: (Buffer | Uint8Array | string)[];
}

export interface GeometryArray__Output {
  'data': (Buffer)[];
}
