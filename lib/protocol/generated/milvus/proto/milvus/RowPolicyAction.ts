// Original file: proto/milvus.proto

export const RowPolicyAction = {
  Query: 0,
  Search: 1,
  Insert: 2,
  Delete: 3,
  Upsert: 4,
} as const;

export type RowPolicyAction =
  | 'Query'
  | 0
  | 'Search'
  | 1
  | 'Insert'
  | 2
  | 'Delete'
  | 3
  | 'Upsert'
  | 4

export type RowPolicyAction__Output = typeof RowPolicyAction[keyof typeof RowPolicyAction]
