import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import ts from 'typescript';
import * as milvex from '../../lib/index.js';
import * as testing from '../../lib/testing/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'lib');
/** Where the examples are placed (virtually to compile, for real to run): inside the project, so that rxjs and grpc-js resolve. */
const PLACE = join(ROOT, '.tmp', 'tsdoc-examples');
/** Modules that do no I/O (STYLE 5): their examples also run, and must print their `// Output:`. */
const PURE = new Set(['backoff.ts', 'config.ts', 'errors.ts', 'uri.ts']);

/** One ```ts block under `## Example` in a TSDoc comment. */
interface Example {
  /** `lib/x.ts:line` of the block's first line. */
  readonly where: string;
  readonly file: string;
  readonly code: string;
}

function* libraryFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* libraryFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** Every example of `lib/**\/*.ts`, its comment markers (` * `) taken off. */
function examples(): Example[] {
  const found: Example[] = [];
  for (const path of libraryFiles(LIB)) {
    const lines = readFileSync(path, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      if (!/^\s*\*\s*## Example\s*$/.test(lines[i] ?? '') || !/^\s*\*\s*```ts\s*$/.test(lines[i + 1] ?? '')) continue;
      const start = i + 2;
      const end = lines.findIndex((line, j) => j >= start && /^\s*\*\s*```\s*$/.test(line));
      if (end === -1) throw new Error(`${relative(ROOT, path)}:${i + 1}: an example without its closing fence`);
      const code = lines
        .slice(start, end)
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      found.push({ where: `${relative(ROOT, path)}:${start + 1}`, file: relative(LIB, path), code });
      i = end;
    }
  }
  return found;
}

/**
 * An example as a module: its own imports, then every name the library exports (but those it
 * imports itself), `conn` and `channel` declared, and its statements in a block, so that an
 * example may declare a `conn` or `channel` of its own.
 */
function moduleOf(example: Example): string {
  const source = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true);
  const imports = source.statements.filter(ts.isImportDeclaration);
  const own = new Set(
    imports.flatMap((declaration) => {
      const bindings = declaration.importClause?.namedBindings;
      return bindings !== undefined && ts.isNamedImports(bindings) ? bindings.elements.map((element) => element.name.text) : [];
    }),
  );
  const body = source.statements.filter((statement) => !ts.isImportDeclaration(statement));
  const take = (names: string[]): string => names.filter((name) => !own.has(name)).join(', ');
  return [
    ...imports.map((declaration) => declaration.getText(source)),
    `import { ${take(Object.keys(milvex))} } from ${JSON.stringify(join(LIB, 'index.js'))};`,
    `import { ${take(Object.keys(testing))} } from ${JSON.stringify(join(LIB, 'testing', 'index.js'))};`,
    `import type { Channel } from '@grpc/grpc-js';`,
    'declare const conn: Connection;',
    'declare const channel: Channel;',
    '{',
    body.length === 0 ? '' : example.code.slice(body[0]?.getFullStart()),
    '}',
    'export {};',
  ].join('\n');
}

/** What an example says it prints: each `// Output: line`, or the comment lines after a bare `// Output:`. */
function claimedOutput(code: string): string[] {
  const lines = code.split('\n');
  const claimed: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const match = /\/\/ Output:(.*)$/.exec(lines[i] ?? '');
    if (match === null) continue;
    const text = (match[1] ?? '').trim();
    if (text !== '') {
      claimed.push(text);
      continue;
    }
    while (/^\s*\/\/ /.test(lines[i + 1] ?? '')) claimed.push((lines[(i += 1)] ?? '').replace(/^\s*\/\/ /, ''));
  }
  return claimed;
}

/** Type-checks every example in one program, with the project's compiler options: its errors per example. */
function typeErrors(all: Example[]): Map<Example, string[]> {
  const read = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT);
  // A prelude name an example does not use is not an error of the example.
  const checked: ts.CompilerOptions = { ...options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false, types: ['node'] };
  const files = new Map(all.map((example, index) => [join(PLACE, `example-${index}.ts`), example]));
  const host = ts.createCompilerHost(checked);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.fileExists = (path) => files.has(path) || fileExists(path);
  host.readFile = (path) => {
    const example = files.get(path);
    return example === undefined ? readFile(path) : moduleOf(example);
  };
  const program = ts.createProgram([...files.keys()], checked, host);
  const errors = new Map<Example, string[]>();
  for (const [path, example] of files) {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(path));
    errors.set(
      example,
      diagnostics.map((diagnostic) => {
        const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
        if (diagnostic.file === undefined || diagnostic.start === undefined) return text;
        const snippet = diagnostic.file.text.slice(diagnostic.start, diagnostic.start + (diagnostic.length ?? 0));
        return `${text} (at "${snippet}")`;
      }),
    );
  }
  return errors;
}

describe('TSDoc examples', function () {
  this.timeout(120_000);
  const all = examples();
  let errors: Map<Example, string[]>;

  before(() => {
    errors = typeErrors(all);
    mkdirSync(PLACE, { recursive: true });
  });

  after(() => rmSync(PLACE, { recursive: true, force: true }));

  it('finds the examples', () => {
    expect(all.map((example) => example.file)).to.include.members([
      'time/backoff.ts',
      'config/config.ts',
      'connection/connection.ts',
      'testing/server.ts',
    ]);
  });

  for (const example of all) {
    it(`${example.where} compiles against the library`, () => {
      expect(errors.get(example), `${example.where}:\n${example.code}`).to.deep.equal([]);
    });

    if (PURE.has(example.file)) {
      it(`${example.where} prints what its // Output: says`, async () => {
        const path = join(PLACE, `${example.where.replace(/[/:.]/g, '-')}.ts`);
        writeFileSync(path, moduleOf(example));
        const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path], { cwd: ROOT });
        expect(stdout === '' ? [] : stdout.trimEnd().split('\n')).to.deep.equal(claimedOutput(example.code));
      });
    }
  }
});
