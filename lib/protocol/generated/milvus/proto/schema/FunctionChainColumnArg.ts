// Original file: proto/schema.proto


export interface FunctionChainColumnArg {
  'name'?: (string);
}

export interface FunctionChainColumnArg__Output {
  'name': (string);
}
