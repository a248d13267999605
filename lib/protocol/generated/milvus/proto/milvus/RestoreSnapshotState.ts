// Original file: proto/milvus.proto

export const RestoreSnapshotState = {
  RestoreSnapshotNone: 0,
  RestoreSnapshotPending: 1,
  RestoreSnapshotExecuting: 2,
  RestoreSnapshotCompleted: 3,
  RestoreSnapshotFailed: 4,
} as const;

export type RestoreSnapshotState =
  | 'RestoreSnapshotNone'
  | 0
  | 'RestoreSnapshotPending'
  | 1
  | 'RestoreSnapshotExecuting'
  | 2
  | 'RestoreSnapshotCompleted'
  | 3
  | 'RestoreSnapshotFailed'
  | 4

export type RestoreSnapshotState__Output = typeof RestoreSnapshotState[keyof typeof RestoreSnapshotState]
