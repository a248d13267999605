// Original file: proto/milvus.proto

export const OperatePrivilegeType = {
  Grant: 0,
  Revoke: 1,
} as const;

export type OperatePrivilegeType =
  | 'Grant'
  | 0
  | 'Revoke'
  | 1

export type OperatePrivilegeType__Output = typeof OperatePrivilegeType[keyof typeof OperatePrivilegeType]
