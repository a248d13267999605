// Original file: proto/common.proto

export const ImportState = {
  ImportPending: 0,
  ImportFailed: 1,
  ImportStarted: 2,
  ImportPersisted: 5,
  ImportFlushed: 8,
  ImportCompleted: 6,
  ImportFailedAndCleaned: 7,
} as const;

export type ImportState =
  | 'ImportPending'
  | 0
  | 'ImportFailed'
  | 1
  | 'ImportStarted'
  | 2
  | 'ImportPersisted'
  | 5
  | 'ImportFlushed'
  | 8
  | 'ImportCompleted'
  | 6
  | 'ImportFailedAndCleaned'
  | 7

export type ImportState__Output = typeof ImportState[keyof typeof ImportState]
