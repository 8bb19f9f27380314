import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import { ADMIN_PASSWORD, aTip, cameraPhoto, fileTip, freshPostgres, multipartFile, photoProof, proofOfWork, signIn, staffWith, TestClock, testConfig, beijingDayFromToday } from './helpers'
import { freePort, haveRedis, RedisServer } from './redis'

/**
 * The shared mode (issue 20): two API instances on one PostgreSQL database
 * and one Redis, with requests alternating between them. Each instance is a
 * whole app of its own, as a second process would be: nothing in memory is
 * common to them. Each test starts its own Redis server, so that stopping
 * one disturbs nobody else.
 */
const pgUrl = process.env.TEST_DATABASE_URL ?? ''
const lane = pgUrl && haveRedis ? describe : describe.skip
if (!pgUrl || !haveRedis) process.stdout.write('没有 PostgreSQL 或 redis-server：跳过多进程共享模式的测试\n')

interface Pair {
  a: FastifyInstance
  b: FastifyInstance
  redis: RedisServer
  close: () => Promise<void>
}

async function startPair(env: Record<string, string> = {}, clock = new TestClock()): Promise<Pair> {
  const redis = new RedisServer(await freePort())
  await redis.start()
  const pg = await freshPostgres()
  // Uploads still live on the disk of the machine the processes share.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-shared-'))
  const config = testConfig(dataDir, { DATABASE_URL: pg.url, REDIS_URL: redis.url, ...env })
  const a = await buildApp(config, { logger: false, now: clock.now })
  const b = await buildApp(config, { logger: false, now: clock.now })
  return {
    a,
    b,
    redis,
    close: async () => {
      await Promise.all([a.close(), b.close()])
      await redis.stop()
      await pg.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

lane('two API processes sharing PostgreSQL and Redis', () => {
  it('counts one client on both: a limit is not doubled by reaching two processes', async () => {
    const pair = await startPair({ TIP_LOOKUP_RATE_LIMIT: '4' })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) {
        const app = i % 2 === 0 ? pair.a : pair.b
        statuses.push((await app.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt: '1234567890123456' }, remoteAddress: '198.51.100.7' })).statusCode)
      }
      expect(statuses.slice(0, 4).every((s) => s !== 429)).toBe(true)
      expect(statuses.slice(4)).toEqual([429, 429])
      // Another address has its own count.
      expect((await pair.b.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt: '1234567890123456' }, remoteAddress: '198.51.100.8' })).statusCode).not.toBe(429)
    } finally {
      await pair.close()
    }
  })

  it('counts wrong passwords from one address on both processes together', async () => {
    const pair = await startPair()
    try {
      const guess = (app: FastifyInstance) => app.inject({ method: 'POST', url: '/api/admin/login', payload: { username: 'admin', password: 'wrong-guess' }, remoteAddress: '203.0.113.9' })
      const codes: string[] = []
      for (let i = 0; i < 6; i++) codes.push((await guess(i % 2 === 0 ? pair.a : pair.b)).json().error.code)
      expect(codes).toEqual(['bad_credentials', 'bad_credentials', 'bad_credentials', 'bad_credentials', 'locked', 'locked'])
      // The owner, from elsewhere, still gets in through either process.
      expect((await pair.b.inject({ method: 'POST', url: '/api/admin/login', payload: { username: 'admin', password: ADMIN_PASSWORD }, remoteAddress: '203.0.113.50' })).statusCode).toBe(200)
    } finally {
      await pair.close()
    }
  })

  it('spends a proof of work once, whichever process sees it again', async () => {
    const pair = await startPair()
    try {
      const pow = await proofOfWork(pair.a)
      expect((await pair.a.inject({ method: 'POST', url: '/api/tips', payload: { ...aTip(), pow } })).statusCode).toBe(201)
      const again = await pair.b.inject({ method: 'POST', url: '/api/tips', payload: { ...aTip(), pow } })
      expect(again.statusCode).toBe(400)
      expect(again.json().error.code).toBe('bad_proof')
    } finally {
      await pair.close()
    }
  })

  it('shows an article published through one process on the other within a second', async () => {
    const pair = await startPair()
    try {
      const desk = await deskOn(pair.a)
      // The other process has read the list, and keeps it.
      expect(await titlesOn(pair.b)).not.toContain('两个进程之间的新文章')
      await desk.publishArticle('两个进程之间的新文章')
      expect(await within(1000, async () => (await titlesOn(pair.b)).includes('两个进程之间的新文章'))).toBe(true)
    } finally {
      await pair.close()
    }
  })

  it('reads a tip filed through one process with its receipt through the other', async () => {
    const pair = await startPair()
    try {
      const receipt = await fileTip(pair.a)
      const seen = await pair.b.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt } })
      expect(seen.statusCode).toBe(200)
    } finally {
      await pair.close()
    }
  })

  it('lets a tip handler signed in through one process work the desk through the other, until the session ends', async () => {
    const pair = await startPair()
    try {
      await fileTip(pair.a, { organisation: '两个进程的线索' })
      const handler = await staffWith(pair.a, 'handler_two', ['tip_handler'])
      const list = await pair.b.inject({ method: 'GET', url: '/api/admin/tips', headers: handler })
      expect(list.statusCode).toBe(200)
      expect(JSON.stringify(list.json())).toContain('两个进程的线索')
      // Signed out through the second process: the first no longer opens the office key for that token.
      expect((await pair.b.inject({ method: 'POST', url: '/api/admin/logout', headers: handler })).statusCode).toBeLessThan(300)
      expect((await pair.a.inject({ method: 'GET', url: '/api/admin/tips', headers: handler })).statusCode).toBe(401)
    } finally {
      await pair.close()
    }
  })

  it('walks every resident and staff flow with each request on the other process than the one before', async () => {
    const pair = await startPair()
    try {
      let turn = 0
      // Each call goes to the process the previous one did not: nothing a flow needs may live in one process.
      const next = () => (turn++ % 2 === 0 ? pair.a : pair.b)
      const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) => {
        const res = await next().inject({ method, url, payload, headers })
        if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`)
        return res.json()
      }

      // A resident reads, checks, plays and reports.
      expect((await call('GET', '/api/hotline')).phone).toBeNull()
      await call('GET', '/api/categories')
      const article = (await call('GET', '/api/articles')).items[0]
      expect((await call('GET', `/api/articles/${article.id}`)).title).toBe(article.title)
      const lesson = (await call('GET', '/api/cases')).items[0]
      expect((await call('GET', `/api/cases/${lesson.id}`)).story).toEqual(expect.any(String))
      await call('GET', '/api/campaigns/showing')
      expect((await call('POST', '/api/ad-check', { text: '某某养老中心：预订床位年返百分之十二，保本保息，推荐一人奖励五百元。' })).risk).toBe('high')
      expect((await call('POST', '/api/lookup', { q: '天津某某鑫源商贸' })).matches).toEqual([])
      const round = await call('POST', '/api/quiz/rounds', { persona: 'elder' })
      await call('POST', `/api/quiz/rounds/${round.roundId}/answers`, {
        answers: round.questions.map((q: { id: string; options: { id: string }[] }) => ({ questionId: q.id, optionIds: [q.options[0].id] }))
      })
      // A photo's proof is asked of one process, the photo taken by the other, and the tip filed on the first.
      const up = multipartFile(await cameraPhoto('two-process'))
      const taker = next()
      const uploaded = await taker.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(next())) }, payload: up.payload })
      expect({ status: uploaded.statusCode, body: uploaded.statusCode === 201 ? '' : uploaded.body }).toEqual({ status: 201, body: '' })
      const photoId = uploaded.json().id as string
      expect({ photoId }).toEqual({ photoId: expect.any(String) })
      const receipt = (await call('POST', '/api/tips', { ...aTip({ organisation: '两个进程康养中心', photoIds: [photoId] }), pow: await proofOfWork(next()) })).receipt as string
      expect((await call('POST', '/api/tips/lookup', { receipt })).status).toBe('new')
      await call('POST', '/api/tips/messages', { receipt, text: '今天又在集市上发传单。' })
      const feedback = (await call('POST', '/api/feedback', { topic: 'app', what: '希望字再大一点。', pow: await proofOfWork(next()) })).receipt as string

      // The office signs in on one process and works on both.
      const admin = await signIn(next(), 'admin', ADMIN_PASSWORD)
      const desk = (await call('GET', '/api/admin/tips', undefined, admin)).items as { id: string; kind: string }[]
      const tipId = desk.find((t) => t.kind === 'tip')!.id
      const detail = await call('GET', `/api/admin/tips/${tipId}`, undefined, admin)
      expect(detail.content.organisation).toBe('两个进程康养中心')
      const photo = await next().inject({ method: 'GET', url: `/api/admin/tips/photos/${detail.photoIds[0]}`, headers: admin })
      expect(photo.statusCode).toBe(200)
      await call('POST', `/api/admin/tips/${tipId}/replies`, { text: '收到，正在核实。' }, admin)
      await call('POST', `/api/admin/tips/${tipId}/status`, { status: 'closed' }, admin)
      expect(await call('POST', '/api/tips/lookup', { receipt })).toMatchObject({ status: 'closed', messages: expect.arrayContaining([expect.objectContaining({ text: '收到，正在核实。' })]) })
      expect((await call('POST', '/api/tips/lookup', { receipt: feedback })).kind).toBe('feedback')

      // What the office publishes on one process, residents see on the other within a second.
      const town = await call('GET', '/api/town')
      await call('PUT', '/api/admin/town', { ...town, hotlinePhone: '022-27391234' }, admin)
      const exposure = await call(
        'POST',
        '/api/admin/exposures',
        { name: '天津某某鑫源商贸有限公司', what: '以高息为诱饵吸收资金。', exposedOn: '2026-05-01', source: '区金融局', identifiers: ['13812345678'] },
        admin
      )
      expect(exposure.id).toEqual(expect.any(String))
      await call(
        'POST',
        '/api/admin/campaigns',
        { theme: '两个进程的宣传月', startsOn: '2026-06-01', endsOn: '2026-06-30', bannerImageId: null, slogans: ['守住钱袋子'], articleIds: [], caseIds: [] },
        admin
      )
      expect(await within(1000, async () => (await call('GET', '/api/hotline')).phone === '022-27391234')).toBe(true)
      expect(await within(1000, async () => (await call('POST', '/api/lookup', { q: '138 1234 5678' })).matches.length === 1)).toBe(true)
      const today = beijingDayFromToday()
      expect((await call('GET', `/api/admin/quiz/stats?from=${today}&to=${today}`, undefined, admin)).rounds).toBe(1)
      expect((await call('GET', '/api/admin/audit', undefined, admin)).items.length).toBeGreaterThan(0)
    } finally {
      await pair.close()
    }
  })

  it('takes a quiz round drawn on one process handed in on the other, once', async () => {
    const pair = await startPair()
    try {
      const round = (await pair.a.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder' } })).json() as {
        roundId: string
        questions: { id: string; options: { id: string }[] }[]
      }
      const paper = { answers: round.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[0].id] })) }
      const handedIn = await pair.b.inject({ method: 'POST', url: `/api/quiz/rounds/${round.roundId}/answers`, payload: paper })
      expect(handedIn.statusCode).toBe(200)
      expect(handedIn.json().results).toHaveLength(round.questions.length)
      expect((await pair.a.inject({ method: 'POST', url: `/api/quiz/rounds/${round.roundId}/answers`, payload: paper })).statusCode).toBe(409)
    } finally {
      await pair.close()
    }
  })

  it('refuses tips and sign-in while Redis is down, keeps reading open, and recovers without a restart', async () => {
    const pair = await startPair()
    try {
      const desk = await deskOn(pair.a)
      expect(await titlesOn(pair.b)).not.toContain('断线期间发布的文章')
      await pair.redis.stop()
      const tip = await pair.a.inject({ method: 'POST', url: '/api/tips', payload: { ...aTip(), pow: await proofOfWork(pair.a) } })
      expect(tip.statusCode).toBe(503)
      expect(tip.json().error.code).toBe('busy')
      expect((await pair.a.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt: '1234567890123456' } })).statusCode).toBe(503)
      expect((await pair.a.inject({ method: 'POST', url: '/api/admin/login', payload: { username: 'admin', password: ADMIN_PASSWORD } })).statusCode).toBe(503)
      expect((await pair.a.inject({ method: 'POST', url: '/api/ad-check', payload: { text: '保本保息，年化百分之二十。' } })).statusCode).toBe(200)
      // Published while the other process could not hear of it.
      await desk.publishArticle('断线期间发布的文章')
      await pair.redis.start()
      const tipsAgain = await within(10000, async () => (await pair.a.inject({ method: 'POST', url: '/api/tips', payload: { ...aTip(), pow: await proofOfWork(pair.a) } })).statusCode === 201)
      expect(tipsAgain).toBe(true)
      // The other process dropped what it kept when its link came back.
      expect(await within(10000, async () => (await titlesOn(pair.b)).includes('断线期间发布的文章'))).toBe(true)
    } finally {
      await pair.close()
    }
  })
})

/** Whether `check` comes true within `ms`, asking every 50 ms. */
async function within(ms: number, check: () => Promise<boolean>): Promise<boolean> {
  for (const until = Date.now() + ms; ;) {
    if (await check()) return true
    if (Date.now() > until) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const titlesOn = async (app: FastifyInstance): Promise<string[]> => ((await app.inject({ method: 'GET', url: '/api/articles' })).json().items as { title: string }[]).map((a) => a.title)

/** An editor and a publisher signed in through `app`, and an article taken through review to residents. */
async function deskOn(app: FastifyInstance) {
  const editor = await staffWith(app, 'bianji', ['editor'])
  const publisher = await staffWith(app, 'fabu', ['publisher'])
  return {
    async publishArticle(title: string) {
      const created = await app.inject({
        method: 'POST',
        url: '/api/admin/articles',
        headers: editor,
        payload: { title, category: 'pension', summary: '测试用的摘要，说清要点。', redFlags: [], body: '测试正文。' }
      })
      const { id } = created.json() as { id: string }
      expect((await app.inject({ method: 'POST', url: `/api/admin/articles/${id}/submit`, headers: editor, payload: {} })).statusCode).toBe(200)
      expect((await app.inject({ method: 'POST', url: `/api/admin/articles/${id}/publish`, headers: publisher, payload: { revision: 1 } })).statusCode).toBe(200)
    }
  }
}
