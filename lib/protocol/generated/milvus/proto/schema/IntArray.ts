// Original file: proto/schema.proto


export interface IntArray {
  'data'?: (number)[];
}

export interface IntArray__Output {
  'data': (number)[];
}
