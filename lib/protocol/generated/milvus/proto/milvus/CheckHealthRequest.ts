// Original file: proto/milvus.proto


export interface CheckHealthRequest {
}

export interface CheckHealthRequest__Output {
}
