import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const START_TIMEOUT_MS = 60_000;

export interface ChildServer {
  pid: number;
  /** The first IPC message the child sent, or null when it was started without IPC. */
  ready: unknown;
  /** Resident set size from /proc/<pid>/status, in KiB. */
  rssKb(): Promise<number>;
  stop(): Promise<void>;
}

export interface ChildServerOptions {
  /** Script path relative to the repository root, run under tsx. */
  script: string;
  args?: string[];
  env: Record<string, string>;
  /** Wait for this port to accept connections; otherwise wait for the child's first IPC message. */
  port?: number;
  /** Extra node flags, such as --cpu-prof. */
  nodeFlags?: string[];
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(child: ChildProcess, port: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    if (await portOpen(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not open port ${port} within ${START_TIMEOUT_MS} ms`);
}

function waitForMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`child sent no ready message in ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve(message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited with code ${code} before it was ready`));
    });
  });
}

/** Reads VmRSS of a process in KiB (Linux only). */
export async function readRssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (match === null) throw new Error(`VmRSS missing from /proc/${pid}/status`);
  return Number(match[1]);
}

/**
 * Starts a server in its own Node process, so its CPU time and RSS are its own, and waits until
 * it listens. Its stdout is discarded, and the tail of its stderr shows only when it fails to start.
 */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), '--import', 'tsx', options.script, ...(options.args ?? [])],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...options.env },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    },
  );
  // Servers log at info to stderr; only the tail is kept, to explain a server that failed.
  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-2_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ready: unknown = null;
  try {
    if (options.port === undefined) ready = await waitForMessage(child);
    else await waitForPort(child, options.port);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${options.script} did not start; its stderr ended with:\n${stderrTail}`, {
      cause: error,
    });
  }

  const pid = child.pid!;
  return {
    pid,
    ready,
    rssKb: () => readRssKb(pid),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
