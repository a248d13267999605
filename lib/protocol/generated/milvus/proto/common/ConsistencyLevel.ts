// Original file: proto/common.proto

export const ConsistencyLevel = {
  Strong: 0,
  Session: 1,
  Bounded: 2,
  Eventually: 3,
  Customized: 4,
} as const;

export type ConsistencyLevel =
  | 'Strong'
  | 0
  | 'Session'
  | 1
  | 'Bounded'
  | 2
  | 'Eventually'
  | 3
  | 'Customized'
  | 4

export type ConsistencyLevel__Output = typeof ConsistencyLevel[keyof typeof ConsistencyLevel]
