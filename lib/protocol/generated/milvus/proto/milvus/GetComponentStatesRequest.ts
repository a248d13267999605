// Original file: proto/milvus.proto


export interface GetComponentStatesRequest {
}

export interface GetComponentStatesRequest__Output {
}
