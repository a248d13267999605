// Original file: proto/common.proto

export const SegmentState = {
  SegmentStateNone: 0,
  NotExist: 1,
  Growing: 2,
  Sealed: 3,
  Flushed: 4,
  Flushing: 5,
  Dropped: 6,
  Importing: 7,
} as const;

export type SegmentState =
  | 'SegmentStateNone'
  | 0
  | 'NotExist'
  | 1
  | 'Growing'
  | 2
  | 'Sealed'
  | 3
  | 'Flushed'
  | 4
  | 'Flushing'
  | 5
  | 'Dropped'
  | 6
  | 'Importing'
  | 7

export type SegmentState__Output = typeof SegmentState[keyof typeof SegmentState]
