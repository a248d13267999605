// Original file: proto/common.proto

export const CompactionState = {
  UndefiedState: 0,
  Executing: 1,
  Completed: 2,
} as const;

export type CompactionState =
  | 'UndefiedState'
  | 0
  | 'Executing'
  | 1
  | 'Completed'
  | 2

export type CompactionState__Output = typeof CompactionState[keyof typeof CompactionState]
