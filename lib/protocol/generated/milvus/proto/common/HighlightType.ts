// Original file: proto/common.proto

export const HighlightType = {
  Lexical: 0,
  Semantic: 1,
} as const;

export type HighlightType =
  | 'Lexical'
  | 0
  | 'Semantic'
  | 1

export type HighlightType__Output = typeof HighlightType[keyof typeof HighlightType]
