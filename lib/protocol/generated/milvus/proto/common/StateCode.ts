// Original file: proto/common.proto

export const StateCode = {
  Initializing: 0,
  Healthy: 1,
  Abnormal: 2,
  StandBy: 3,
  Stopping: 4,
} as const;

export type StateCode =
  | 'Initializing'
  | 0
  | 'Healthy'
  | 1
  | 'Abnormal'
  | 2
  | 'StandBy'
  | 3
  | 'Stopping'
  | 4

export type StateCode__Output = typeof StateCode[keyof typeof StateCode]
