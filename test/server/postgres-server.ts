import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Debian's PostgreSQL programs (the newest installed version), or null where there are none. */
export const PG_BIN = (() => {
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return null
  const version = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b))
    .pop()
  return version ? path.join(root, version, 'bin') : null
})()

/**
 * A PostgreSQL server of the test's own, in a temporary folder on a port of
 * its own, which the test may stop and start again without disturbing the
 * shared one other tests use. PostgreSQL refuses to run as root, so as root
 * its programs run as the postgres user.
 */
export class PostgresServer {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-pg-'))
  constructor(readonly port: number) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`
  }

  private run(program: string, args: string[]): void {
    const asRoot = process.getuid?.() === 0
    const command = asRoot ? 'runuser' : path.join(PG_BIN!, program)
    const res = spawnSync(command, asRoot ? ['-u', 'postgres', '--', path.join(PG_BIN!, program), ...args] : args, { encoding: 'utf8' })
    if (res.status !== 0) throw new Error(`${program} failed: ${res.stdout}${res.stderr}`)
  }

  init(): void {
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres', this.dir])
    this.run('initdb', ['-D', path.join(this.dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync'])
  }

  start(): void {
    this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-w', '-l', path.join(this.dir, 'log'), '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'])
  }

  stop(): void {
    this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-w', '-m', 'fast', 'stop'])
  }

  remove(): void {
    try {
      this.stop()
    } catch {
      // Already stopped.
    }
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}
