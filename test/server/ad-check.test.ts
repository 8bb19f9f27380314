import type { AppError } from '../../server/errors'
import { AdChecker } from '../../server/modules/ad-check/service'
import { startServer, type TestServer } from './helpers'

describe('POST /api/ad-check', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer('sqlite')
  })
  afterAll(async () => server.close())

  const check = (payload: unknown) => server.app.inject({ method: 'POST', url: '/api/ad-check', payload: payload as object })

  it('returns the risk, a score and each flag with the exact words, as UTF-16 offsets into the text sent', async () => {
    const text = '🎉好消息！本项目保 本 保 息，年化１８％，推荐一人奖励500元，名额有限！'
    const res = await check({ text })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.risk).toBe('high')
    expect(body.score).toBeGreaterThanOrEqual(55)
    expect(body.flags.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['guaranteed', 'high_return', 'recruit', 'urgency']))
    for (const f of body.flags) {
      expect(f).toMatchObject({ label: expect.any(String), explanation: expect.any(String), law: expect.stringMatching(/条例|广告法/) })
      for (const m of f.matches) expect(text.slice(m.start, m.end)).toBe(m.text)
    }
  })

  it('says low for an ordinary text', async () => {
    expect((await check({ text: '村委会通知：本周六上午九点在村委会召开村民代表大会。' })).json()).toEqual({ risk: 'low', score: 0, flags: [] })
  })

  it.each([
    [{ text: '' }, '1 到 5000 个字'],
    [{ text: '字'.repeat(5001) }, '1 到 5000 个字'],
    [{}, '必填'],
    [{ text: 42 }, '1 到 5000 个字'],
    [{ text: 'x', extra: 1 }, '不认识的字段']
  ])('refuses %j with a Chinese message', async (payload, message) => {
    const res = await check(payload)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.message).toContain(message)
  })
})

describe("the checker's thread", () => {
  it('answers a flood up to its queue and turns the rest away with 503 busy at once, and checks again afterwards', async () => {
    const checker = new AdChecker()
    try {
      const text = '保本保息，年化收益百分之二十，推荐一人奖励三百元。'.repeat(200).slice(0, 5000)
      const results = await Promise.allSettled(Array.from({ length: 200 }, () => Promise.resolve().then(() => checker.check(text))))
      const busy = results.filter((r) => r.status === 'rejected' && (r.reason as AppError).code === 'busy')
      const checked = results.filter((r) => r.status === 'fulfilled')
      expect(busy.length + checked.length).toBe(200)
      expect(busy.length).toBeGreaterThan(0)
      expect(checked.length).toBeGreaterThanOrEqual(64)
      for (const r of checked) expect((r as PromiseFulfilledResult<{ risk: string }>).value.risk).toBe('high')
      expect((busy[0] as PromiseRejectedResult).reason).toMatchObject({ statusCode: 503, message: expect.stringContaining('请过一会儿再试') })
      expect((await checker.check(text)).risk).toBe('high')
    } finally {
      await checker.close()
    }
  })
})
