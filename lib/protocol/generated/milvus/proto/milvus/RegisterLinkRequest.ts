// Original file: proto/milvus.proto


export interface RegisterLinkRequest {
}

export interface RegisterLinkRequest__Output {
}
