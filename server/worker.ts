import { createRequire } from 'node:module'
import { Worker, type WorkerOptions } from 'node:worker_threads'

/**
 * Starts a worker thread from one of the server's TypeScript modules, loaded
 * through tsx the way `npm start` runs the server: the one place that knows
 * how a thread finds its code.
 */
export function startWorker(file: string, options: WorkerOptions = {}): Worker {
  return new Worker(file, { ...options, execArgv: ['--require', createRequire(__filename).resolve('tsx/cjs')] })
}
