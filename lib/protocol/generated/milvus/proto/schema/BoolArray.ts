// Original file: proto/schema.proto


export interface BoolArray {
  'data'?: (boolean)[];
}

export interface BoolArray__Output {
  'data': (boolean)[];
}
