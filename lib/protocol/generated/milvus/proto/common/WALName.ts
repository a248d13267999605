// Original file: proto/common.proto

export const WALName = {
  Unknown: 0,
  RocksMQ: 1,
  Pulsar: 2,
  Kafka: 3,
  WoodPecker: 4,
  Test: 999,
} as const;

export type WALName =
  | 'Unknown'
  | 0
  | 'RocksMQ'
  | 1
  | 'Pulsar'
  | 2
  | 'Kafka'
  | 3
  | 'WoodPecker'
  | 4
  | 'Test'
  | 999

export type WALName__Output = typeof WALName[keyof typeof WALName]
