// Original file: proto/milvus.proto

export const RefreshExternalCollectionState = {
  RefreshPending: 0,
  RefreshInProgress: 1,
  RefreshCompleted: 2,
  RefreshFailed: 3,
} as const;

export type RefreshExternalCollectionState =
  | 'RefreshPending'
  | 0
  | 'RefreshInProgress'
  | 1
  | 'RefreshCompleted'
  | 2
  | 'RefreshFailed'
  | 3

export type RefreshExternalCollectionState__Output = typeof RefreshExternalCollectionState[keyof typeof RefreshExternalCollectionState]
