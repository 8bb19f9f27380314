import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { createHash } from 'node:crypto'
import { Client } from 'pg'
import sharp from 'sharp'
import { multipartBody } from './forms'
import { solve } from '../../src/core/proof-of-work'
import { buildApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import { beijingToday } from '../../src/core/campaign'

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

export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
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

/** What every test server runs with: its data in `dataDir`, no web build, the known admin password, quick proofs of work, loose limits. */
export const testConfig = (dataDir: string, env: Record<string, string> = {}) =>
  loadConfig({ DATA_DIR: dataDir, WEB_DIR: path.join(dataDir, 'no-web'), ADMIN_INITIAL_PASSWORD: ADMIN_PASSWORD, LOGIN_RATE_LIMIT: '1000', TIP_POW_BITS: '6', TIP_RATE_LIMIT: '1000', ...env })

/** Beijing's date `offset` days from today, as the office's date filters take it. */
export const beijingDayFromToday = (offset = 0): string => beijingToday(new Date(Date.now() + offset * 86400000))

/** A freshly migrated and seeded server on the given lane, driven with app.inject. */
export async function startServer(lane: Lane, env: Record<string, string> = {}, clock?: TestClock): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-test-'))
  const pg = lane === 'postgres' ? await freshPostgres() : null
  const config = testConfig(dataDir, { DATABASE_URL: pg?.url ?? '', ...env })
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

/** A multipart body carrying one file, as a phone or a desk browser sends it. */
export const multipartFile = (data: Buffer, filename = 'photo.jpg', type = 'image/jpeg') => multipartBody([{ name: 'file', filename, type, data }])

/** The header a tip photo upload carries: one solved challenge serves the photos of one tip. */
export async function photoProof(app: FastifyInstance): Promise<{ 'x-tip-proof': string }> {
  const { challenge, nonce } = await proofOfWork(app)
  return { 'x-tip-proof': `${challenge}:${nonce}` }
}

/** A photo as a phone camera takes it: the given serial number and a GPS position in its EXIF. */
export const cameraPhoto = (serial: string, width = 40, height = 30): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'CheapPhone', Model: 'X1', Copyright: serial }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '117/1 1/1 0/1' } })
    .toBuffer()

/** A server with an editor and a publisher signed in, for tests of the office's desk. */
export interface DeskServer extends TestServer {
  editor: { authorization: string }
  publisher: { authorization: string }
}

export async function startDesk(lane: Lane, clock: TestClock, names: string, env: Record<string, string> = {}): Promise<DeskServer> {
  const server = await startServer(lane, env, clock)
  return { ...server, editor: await staffWith(server.app, `${names}_editor`, ['editor']), publisher: await staffWith(server.app, `${names}_publisher`, ['publisher']) }
}

/** Creates a campaign (as a publisher) and publishes it; returns its id. */
export async function publishCampaign(app: FastifyInstance, over: Record<string, unknown> = {}): Promise<string> {
  const publisher = await staffWith(app, `campaign_${Math.random().toString(36).slice(2, 10)}`, ['publisher'])
  const payload = { theme: '答题月', startsOn: '2026-06-01', endsOn: '2026-06-30', bannerImageId: null, slogans: ['守住钱袋子'], articleIds: [], caseIds: [], ...over }
  const created = await app.inject({ method: 'POST', url: '/api/admin/campaigns', headers: publisher, payload })
  if (created.statusCode !== 200) throw new Error(`建活动失败：${created.body}`)
  const published = await app.inject({ method: 'POST', url: `/api/admin/campaigns/${created.json().id}/publish`, headers: publisher })
  if (published.statusCode !== 200) throw new Error(`发布活动失败：${published.body}`)
  return created.json().id
}

/** Chinese text: at least one CJK character (every user-facing message has some). */
export const CHINESE = /[\u4e00-\u9fff]/

/** The stored row's id in a tip photo's handle (`id.key`: the key is never stored, so the desk and the database know only the id). */
export const rowIdOf = (photoHandle: string): string => photoHandle.split('.')[0]

/** An article's fields as the desk sends them. */
export const anArticle = (title: string) => ({
  title,
  category: 'pension',
  summary: '测试用的摘要，说清要点。',
  redFlags: ['pension'],
  body: '## 小标题\n他说[[养老项目稳赚|pension]]，千万别信。'
})

/** A case lesson's fields as the desk sends them (an illustrative one unless `over` says otherwise). */
export const aCase = (title: string, over: Record<string, unknown> = {}) => ({
  title,
  category: 'pension',
  summary: '测试用的案例摘要。',
  redFlags: ['pension'],
  featured: false,
  kind: 'illustrative',
  source: '',
  sourceUrl: '',
  story: '某地的老人听信[[养老项目稳赚|pension]]，交了钱。',
  outcome: '钱没能拿回来。',
  lesson: '许诺回报的养老项目，先问一问。',
  question: { prompt: '题', options: ['甲', '乙'], answer: 0, explanation: '因为' },
  ...over
})
