// Original file: proto/milvus.proto

export const PrewarmTaskState = {
  PrewarmTaskStateUnknown: 0,
  PrewarmTaskStatePending: 1,
  PrewarmTaskStateWarming: 2,
  PrewarmTaskStateCompleted: 3,
  PrewarmTaskStateFailed: 4,
} as const;

export type PrewarmTaskState =
  | 'PrewarmTaskStateUnknown'
  | 0
  | 'PrewarmTaskStatePending'
  | 1
  | 'PrewarmTaskStateWarming'
  | 2
  | 'PrewarmTaskStateCompleted'
  | 3
  | 'PrewarmTaskStateFailed'
  | 4

export type PrewarmTaskState__Output = typeof PrewarmTaskState[keyof typeof PrewarmTaskState]
