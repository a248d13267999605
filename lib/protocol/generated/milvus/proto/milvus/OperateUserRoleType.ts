// Original file: proto/milvus.proto

export const OperateUserRoleType = {
  AddUserToRole: 0,
  RemoveUserFromRole: 1,
} as const;

export type OperateUserRoleType =
  | 'AddUserToRole'
  | 0
  | 'RemoveUserFromRole'
  | 1

export type OperateUserRoleType__Output = typeof OperateUserRoleType[keyof typeof OperateUserRoleType]
