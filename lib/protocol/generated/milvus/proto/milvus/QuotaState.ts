// Original file: proto/milvus.proto

export const QuotaState = {
  Unknown: 0,
  ReadLimited: 2,
  WriteLimited: 3,
  DenyToRead: 4,
  DenyToWrite: 5,
  DenyToDDL: 6,
} as const;

export type QuotaState =
  | 'Unknown'
  | 0
  | 'ReadLimited'
  | 2
  | 'WriteLimited'
  | 3
  | 'DenyToRead'
  | 4
  | 'DenyToWrite'
  | 5
  | 'DenyToDDL'
  | 6

export type QuotaState__Output = typeof QuotaState[keyof typeof QuotaState]
