// Original file: proto/schema.proto


export interface StringArray {
  'data'?: (string)[];
}

export interface StringArray__Output {
  'data': (string)[];
}
