import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { createHash } from 'node:crypto'
import { Client } from 'pg'
import { solve } from '../../src/core/proof-of-work'
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
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: pg?.url ?? '', WEB_DIR: path.join(dataDir, 'no-web'), ADMIN_INITIAL_PASSWORD: ADMIN_PASSWORD, LOGIN_RATE_LIMIT: '1000', TIP_POW_BITS: '6', TIP_RATE_LIMIT: '1000', ...env })
  const app = await buildApp(config, { logger: env.LOG_TO ? { stream: fs.createWriteStream(env.LOG_TO) } : false, now: clock?.now })
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

/** Solves the tip box's proof of work the way the phone does. */
export async function proofOfWork(app: FastifyInstance): Promise<{ challenge: string; nonce: string }> {
  const { challenge, bits } = (await app.inject({ method: 'GET', url: '/api/tips/challenge' })).json()
  return { challenge, nonce: solve(challenge, bits, (t) => createHash('sha256').update(t).digest()) }
}

export const aTip = (over: Record<string, unknown> = {}) => ({
  disguise: 'pension',
  organisation: '某某康养公司',
  place: '辛口村',
  what: '在村委会门口发传单，说预订养老床位每年返利百分之十，已经有几十位老人交了钱。',
  amount: '10万到100万元',
  people: '10到50人',
  when: '上个月开始',
  photoIds: [],
  ...over
})

/** Files a tip through the API and returns its receipt. */
export async function fileTip(app: FastifyInstance, over: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/tips', headers, payload: { ...aTip(over), pow: await proofOfWork(app) } })
  if (res.statusCode !== 201) throw new Error(`举报失败：${res.body}`)
  return res.json().receipt
}

/** Chinese text: at least one CJK character (every user-facing message has some). */
export const CHINESE = /[\u4e00-\u9fff]/
