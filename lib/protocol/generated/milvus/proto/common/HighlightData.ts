// Original file: proto/common.proto


export interface HighlightData {
  'fragments'?: (string)[];
  'scores'?: (number | string)[];
}

export interface HighlightData__Output {
  'fragments': (string)[];
  'scores': (number)[];
}
