// Original file: proto/schema.proto

export const FunctionChainStage = {
  FunctionChainStageUnspecified: 0,
  FunctionChainStageIngestion: 1,
  FunctionChainStagePreProcess: 2,
  FunctionChainStageL0Rerank: 3,
  FunctionChainStageL1Rerank: 4,
  FunctionChainStageL2Rerank: 5,
  FunctionChainStagePostProcess: 6,
} as const;

export type FunctionChainStage =
  | 'FunctionChainStageUnspecified'
  | 0
  | 'FunctionChainStageIngestion'
  | 1
  | 'FunctionChainStagePreProcess'
  | 2
  | 'FunctionChainStageL0Rerank'
  | 3
  | 'FunctionChainStageL1Rerank'
  | 4
  | 'FunctionChainStageL2Rerank'
  | 5
  | 'FunctionChainStagePostProcess'
  | 6

export type FunctionChainStage__Output = typeof FunctionChainStage[keyof typeof FunctionChainStage]
