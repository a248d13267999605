// Original file: proto/schema.proto


export interface GeometryWktArray {
  'data'?: (string)[];
}

export interface GeometryWktArray__Output {
  'data': (string)[];
}
