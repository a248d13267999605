// Original file: proto/milvus.proto

export const ShowType = {
  All: 0,
  InMemory: 1,
} as const;

export type ShowType =
  | 'All'
  | 0
  | 'InMemory'
  | 1

export type ShowType__Output = typeof ShowType[keyof typeof ShowType]
