// Original file: proto/schema.proto


export interface DoubleArray {
  'data'?: (number | string)[];
}

export interface DoubleArray__Output {
  'data': (number)[];
}
