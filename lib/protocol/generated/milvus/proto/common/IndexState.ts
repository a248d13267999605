// Original file: proto/common.proto

export const IndexState = {
  IndexStateNone: 0,
  Unissued: 1,
  InProgress: 2,
  Finished: 3,
  Failed: 4,
  Retry: 5,
} as const;

export type IndexState =
  | 'IndexStateNone'
  | 0
  | 'Unissued'
  | 1
  | 'InProgress'
  | 2
  | 'Finished'
  | 3
  | 'Failed'
  | 4
  | 'Retry'
  | 5

export type IndexState__Output = typeof IndexState[keyof typeof IndexState]
