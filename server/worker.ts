import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker, type WorkerOptions } from 'node:worker_threads'

/**
 * The one place that knows how the server's own code is run, for the
 * threads and processes it starts. `npm start` runs compiled JavaScript
 * (dist-server/, `npm run build:server`); tests, the bench and scripts run
 * the TypeScript through tsx or babel-jest. This file's own name tells which,
 * and an entry module is always the sibling of the code that asks for it.
 */
const COMPILED = path.extname(__filename) === '.js'

/** Node flags a thread or process needs to load an entry module: tsx's loader for TypeScript, none for compiled code. */
const LOADER: readonly string[] = COMPILED ? [] : ['--require', createRequire(__filename).resolve('tsx/cjs')]

/** The entry module `name` in `dir` (the caller's `__dirname`): `name.js` when compiled, `name.ts` otherwise. */
function entryModule(dir: string, name: string): string {
  return path.join(dir, `${name}${COMPILED ? '.js' : '.ts'}`)
}

/** Starts a worker thread from an entry module beside the caller. */
export function startWorker(dir: string, name: string, options: WorkerOptions = {}): Worker {
  return new Worker(entryModule(dir, name), { ...options, execArgv: [...LOADER] })
}

/** The arguments for `spawn(process.execPath, …)` that run an entry module beside the caller in a Node process of its own. */
export function nodeArguments(dir: string, name: string): string[] {
  return [...LOADER, entryModule(dir, name)]
}

/** What a Piscina pool needs to run an entry module beside the caller on its threads. */
export function poolOptions(dir: string, name: string): { filename: string; execArgv: string[] } {
  return { filename: entryModule(dir, name), execArgv: [...LOADER] }
}
