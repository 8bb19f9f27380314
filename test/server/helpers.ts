import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { Client } from 'pg'
import { buildApp } from '../../server/app'
import { loadConfig } from '../../server/config'

/**
 * The database lanes every server test runs on: SQLite always, PostgreSQL
 * when TEST_DATABASE_URL names a server. In CI a missing PostgreSQL is an
 * error, never a silent skip.
 */
export type Lane = 'sqlite' | 'postgres'

const pgUrl = process.env.TEST_DATABASE_URL ?? ''
if (!pgUrl && process.env.CI) throw new Error('CI 必须设置 TEST_DATABASE_URL，PostgreSQL 测试通道不能跳过')
if (!pgUrl) process.stdout.write('TEST_DATABASE_URL 未设置：本次只在 SQLite 上跑服务端测试\n')

export const LANES: Lane[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite']

export interface TestServer {
  app: FastifyInstance
  close: () => Promise<void>
}

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `fangfei_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new Client({ connectionString: pgUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(pgUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: pgUrl })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    }
  }
}

/** A clock a test can move: the server reads the time only through it. */
export class TestClock {
  constructor(public t = new Date()) {}
  now = (): Date => new Date(this.t)
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms)
  }
}

export const ADMIN_PASSWORD = 'test-admin-password-1'

/** A freshly migrated and seeded server on the given lane, driven with app.inject. */
export async function startServer(lane: Lane, env: Record<string, string> = {}, clock?: TestClock): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-test-'))
  const pg = lane === 'postgres' ? await freshPostgres() : null
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: pg?.url ?? '', WEB_DIR: path.join(dataDir, 'no-web'), ADMIN_INITIAL_PASSWORD: ADMIN_PASSWORD, LOGIN_RATE_LIMIT: '1000', ...env })
  const app = await buildApp(config, { logger: false, now: clock?.now })
  await app.ready()
  return {
    app,
    close: async () => {
      await app.close()
      await pg?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** Signs in and returns the Authorization header for that account. */
export async function signIn(app: FastifyInstance, username: string, password: string): Promise<{ authorization: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/admin/login', payload: { username, password } })
  if (res.statusCode !== 200) throw new Error(`登录失败：${res.body}`)
  return { authorization: `Bearer ${res.json().token}` }
}

/** Creates an account with the given roles (as admin) and signs it in. */
export async function staffWith(app: FastifyInstance, username: string, roles: string[]): Promise<{ authorization: string }> {
  const admin = await signIn(app, 'admin', ADMIN_PASSWORD)
  const password = `${username}-password-123`
  const res = await app.inject({ method: 'POST', url: '/api/admin/users', headers: admin, payload: { username, displayName: username, roles, password } })
  if (res.statusCode !== 200) throw new Error(`建账号失败：${res.body}`)
  return signIn(app, username, password)
}
