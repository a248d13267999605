// Original file: proto/schema.proto

export const FieldState = {
  FieldCreated: 0,
  FieldCreating: 1,
  FieldDropping: 2,
  FieldDropped: 3,
} as const;

export type FieldState =
  | 'FieldCreated'
  | 0
  | 'FieldCreating'
  | 1
  | 'FieldDropping'
  | 2
  | 'FieldDropped'
  | 3

export type FieldState__Output = typeof FieldState[keyof typeof FieldState]
