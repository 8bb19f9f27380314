import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import pkg from '../package.json'

/** The Node flags `npm start` runs the API with (package.json's serve script): the app is measured as it runs. */
const SERVE_FLAGS = pkg.scripts.serve.split(/\s+/).filter((word) => word.startsWith('--'))

/** Starts one of bench/servers.ts's servers in a process of its own and returns where it listens. */
export async function start(kind: 'bare' | 'app', env: Record<string, string> = {}): Promise<{ child: ChildProcess; address: string }> {
  // The bare route is Fastify as it comes, with Node's defaults.
  const execArgv = ['--import', 'tsx', ...(kind === 'app' ? SERVE_FLAGS : [])]
  const child = fork(path.join(__dirname, 'servers.ts'), [kind], { execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env: { ...process.env, ...env } })
  const address = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { address: string }) => resolve(m.address))
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)))
  })
  return { child, address }
}
