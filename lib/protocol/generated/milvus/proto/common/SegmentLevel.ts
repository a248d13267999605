// Original file: proto/common.proto

export const SegmentLevel = {
  Legacy: 0,
  L0: 1,
  L1: 2,
  L2: 3,
} as const;

export type SegmentLevel =
  | 'Legacy'
  | 0
  | 'L0'
  | 1
  | 'L1'
  | 2
  | 'L2'
  | 3

export type SegmentLevel__Output = typeof SegmentLevel[keyof typeof SegmentLevel]
