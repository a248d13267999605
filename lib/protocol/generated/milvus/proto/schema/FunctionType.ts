// Original file: proto/schema.proto

export const FunctionType = {
  Unknown: 0,
  BM25: 1,
  TextEmbedding: 2,
  Rerank: 3,
  MinHash: 4,
  MolFingerprint: 5,
} as const;

export type FunctionType =
  | 'Unknown'
  | 0
  | 'BM25'
  | 1
  | 'TextEmbedding'
  | 2
  | 'Rerank'
  | 3
  | 'MinHash'
  | 4
  | 'MolFingerprint'
  | 5

export type FunctionType__Output = typeof FunctionType[keyof typeof FunctionType]
