// Original file: proto/milvus.proto

export const OperatePrivilegeGroupType = {
  AddPrivilegesToGroup: 0,
  RemovePrivilegesFromGroup: 1,
} as const;

export type OperatePrivilegeGroupType =
  | 'AddPrivilegesToGroup'
  | 0
  | 'RemovePrivilegesFromGroup'
  | 1

export type OperatePrivilegeGroupType__Output = typeof OperatePrivilegeGroupType[keyof typeof OperatePrivilegeGroupType]
