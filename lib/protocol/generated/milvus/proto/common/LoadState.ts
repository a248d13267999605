// Original file: proto/common.proto

export const LoadState = {
  LoadStateNotExist: 0,
  LoadStateNotLoad: 1,
  LoadStateLoading: 2,
  LoadStateLoaded: 3,
} as const;

export type LoadState =
  | 'LoadStateNotExist'
  | 0
  | 'LoadStateNotLoad'
  | 1
  | 'LoadStateLoading'
  | 2
  | 'LoadStateLoaded'
  | 3

export type LoadState__Output = typeof LoadState[keyof typeof LoadState]
