import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'chai';

const CHILD = resolve(import.meta.dirname, 'child-chaos.ts');

describe('disconnect() in the middle of faults and calls', () => {
  for (const seed of [1, 2, 3]) {
    it(`lets the process exit by itself (seed ${seed})`, async () => {
      const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', fail);
        child.on('exit', (exitCode) => done({ code: exitCode, output }));
      });
      expect(output).to.equal('disconnected in the middle\n');
      expect(code).to.equal(0);
    });
  }
});
