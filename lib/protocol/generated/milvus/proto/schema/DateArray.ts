// Original file: proto/schema.proto


export interface DateArray {
  'data'?: (number)[];
}

export interface DateArray__Output {
  'data': (number)[];
}
