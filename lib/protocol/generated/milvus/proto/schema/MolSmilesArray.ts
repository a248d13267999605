// Original file: proto/schema.proto


export interface MolSmilesArray {
  'data'?: (string)[];
}

export interface MolSmilesArray__Output {
  'data': (string)[];
}
