// Original file: proto/common.proto

export const DslType = {
  Dsl: 0,
  BoolExprV1: 1,
} as const;

export type DslType =
  | 'Dsl'
  | 0
  | 'BoolExprV1'
  | 1

export type DslType__Output = typeof DslType[keyof typeof DslType]
