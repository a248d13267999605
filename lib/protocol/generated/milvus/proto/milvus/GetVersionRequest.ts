// Original file: proto/milvus.proto


export interface GetVersionRequest {
}

export interface GetVersionRequest__Output {
}
