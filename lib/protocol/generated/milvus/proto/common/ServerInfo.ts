// Original file: proto/common.proto


export interface ServerInfo {
  'build_tags'?: (string);
  'build_time'?: (string);
  'git_commit'?: (string);
  'go_version'?: (string);
  'deploy_mode'?: (string);
  'reserved'?: ({[key: string]: string});
}

export interface ServerInfo__Output {
  'build_tags': (string);
  'build_time': (string);
  'git_commit': (string);
  'go_version': (string);
  'deploy_mode': (string);
  'reserved': ({[key: string]: string});
}
