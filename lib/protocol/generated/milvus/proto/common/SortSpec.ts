// Original file: proto/common.proto


export interface SortSpec {
  'field_name'?: (string);
  'direction'?: (string);
  'null_first'?: (boolean);
}

export interface SortSpec__Output {
  'field_name': (string);
  'direction': (string);
  'null_first': (boolean);
}
