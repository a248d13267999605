// Original file: proto/rg.proto


export interface ResourceGroupLimit {
  'node_num'?: (number);
}

export interface ResourceGroupLimit__Output {
  'node_num': (number);
}
