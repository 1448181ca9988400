// One web host and one browser for the whole e2e run (vitest.e2e.config.ts). The web host runs the built
// bundle (`npm run test:e2e` builds first) in a fresh home folder, so its first launch opens a demo copy.
// Tests reach both through vitest's provide/inject (see harness.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserServer, chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234/ */
    baseUrl: string;
    wsEndpoint: string;
    homeDir: string;
  }
}

export const CHROMIUM_PATH = process.env.RENOZONE_CHROMIUM ?? '/usr/bin/chromium';
// Headless WebGL2 through SwiftShader (MapLibre needs it); never add --disable-gpu or
// --disable-software-rasterizer, which take WebGL away.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const READY_LINE = /RenoZone: (http:\/\/127\.0\.0\.1:\d+\/)/;

function startWebHost(homeDir: string, runDir: string): Promise<{ child: ChildProcess; url: string }> {
  const entry = resolve('dist/electron/web.cjs');
  for (const built of [entry, resolve('dist/renderer/index.html')]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` (npm run test:e2e does)`);
  }
  // Serve a snapshot of the renderer build, so a rebuild during the run cannot pull assets from under it.
  const rendererDir = join(runDir, 'renderer');
  cpSync(resolve('dist/renderer'), rendererDir, { recursive: true });
  const args = [entry, '--port', '0', '--home', homeDir, '--renderer', rendererDir];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveReady, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error('web host did not print its ready line within 90 s')), 90_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- web host output ---\n${output}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveReady({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      process.stderr.write(chunk);
    });
    child.once('exit', (code) => fail(new Error(`web host exited early with code ${code}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = mkdtempSync(join(tmpdir(), 'rz-e2e-'));
  const homeDir = join(runDir, 'home');
  let host: { child: ChildProcess; url: string } | null = null;
  let browser: BrowserServer | null = null;
  const teardown = async () => {
    await browser?.close().catch(() => {});
    if (host) await stopChild(host.child);
    rmSync(runDir, { recursive: true, force: true });
  };
  try {
    host = await startWebHost(homeDir, runDir);
    browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('baseUrl', host.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('homeDir', homeDir);
  return teardown;
}
