// Original file: proto/milvus.proto


export interface GetReplicateConfigurationRequest {
}

export interface GetReplicateConfigurationRequest__Output {
}
