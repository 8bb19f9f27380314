import { randomBytes } from 'node:crypto'
import sharp from 'sharp'
import { DESK_SCAN_LIMIT } from '../../server/modules/tips/service'
import { ADMIN_PASSWORD, fileTip, LANES, multipartFile, signIn, startServer, staffWith, TestClock, type TestServer, photoProof } from './helpers'

jest.setTimeout(180000)

interface Listed {
  id: string
  status: string
  createdAt: string
  spam: boolean
  photoCount: number
  content: { organisation: string; place: string; disguise: string }
}
interface Page {
  items: Listed[]
  next: string | null
  scanned: number
}

/**
 * The office's tip desk when tips pile up: every tip reachable page by page,
 * filters, search inside the encrypted contents, and junk set aside in bulk.
 * Each test works in a year of its own (the `from`/`to` filter), so the tests
 * do not see each other's tips.
 */
describe.each(LANES)('the tip desk on %s', (lane) => {
  let server: TestServer
  let handler: { authorization: string }
  const clock = new TestClock(new Date('2026-06-15T10:37:12.345+08:00'))

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
    handler = await staffWith(server.app, 'xiansuo', ['tip_handler'])
  })
  afterAll(async () => server.close())

  const desk = async (params: Record<string, string | number | boolean>): Promise<Page> => {
    const res = await server.app.inject({ method: 'GET', url: '/api/admin/tips', query: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])), headers: handler })
    if (res.statusCode !== 200) throw new Error(`列表失败：${res.body}`)
    return res.json()
  }
  const everything = async (params: Record<string, string | number | boolean>, between?: (page: number) => Promise<void>) => {
    const seen: Listed[] = []
    let next: string | null = null
    let pages = 0
    do {
      const page: Page = await desk({ ...params, ...(next ? { after: next } : {}) })
      seen.push(...page.items)
      next = page.next
      pages++
      await between?.(pages)
    } while (next)
    return { seen, pages }
  }
  const at = (iso: string) => {
    clock.t = new Date(iso)
  }
  /** Copies of one filed tip written straight to the database, dated one a day from `first` on: a flood without the proof of work. */
  const flood = async (count: number, first: string, model: string) => {
    const row = await server.app.db.selectFrom('tips').selectAll().where('id', '=', model).executeTakeFirstOrThrow()
    const ids: string[] = []
    for (let start = 0; start < count; start += 250) {
      const rows = Array.from({ length: Math.min(250, count - start) }, (_, i) => {
        const created = new Date(Date.parse(first) + ((start + i) % 300) * 86400000).toISOString()
        const id = `t${randomBytes(10).toString('hex')}`
        ids.push(id)
        return { ...row, id, lookup: randomBytes(32).toString('hex'), created_at: created, updated_at: created }
      })
      await server.app.db.insertInto('tips').values(rows).execute()
    }
    return ids
  }
  const idOf = async (organisation: string, params: Record<string, string>) => (await everything({ ...params, q: organisation })).seen.find((t) => t.content.organisation === organisation)!.id

  it('pages through every tip, far beyond 2,000, newest first, and tips filed meanwhile neither repeat nor hide one', async () => {
    at('2025-01-01T09:00:00+08:00')
    await fileTip(server.app, { organisation: '翻页样本' })
    const model = await idOf('翻页样本', { from: '2025-01-01', to: '2025-01-01' })
    const ids = new Set([model, ...(await flood(2100, '2025-01-02T00:00:00+08:00', model))])
    const window = { from: '2025-01-01', to: '2025-12-31', limit: 100 }

    const first = await desk(window)
    expect(first.items).toHaveLength(100)
    expect(first.next).toEqual(expect.any(String))

    const added: string[] = []
    const { seen, pages } = await everything(window, async (page) => {
      // A flood goes on while the handler reads: new tips at both ends of the window.
      if (page === 3) added.push(...(await flood(20, '2025-01-05T00:00:00+08:00', model)), ...(await flood(20, '2025-12-01T00:00:00+08:00', model)))
    })
    const listed = seen.map((t) => t.id)
    expect(new Set(listed).size).toBe(listed.length) // nothing twice
    for (const id of ids) expect(listed.includes(id) ? 'listed' : id).toBe('listed') // nothing lost
    expect(listed.filter((id) => !ids.has(id) && !added.includes(id))).toEqual([])
    expect(pages).toBeGreaterThanOrEqual(22)
    const times = seen.map((t) => t.createdAt)
    expect(times).toEqual([...times].sort().reverse())
  })

  it('filters by status, spam, photos, dates, disguise and village, and finds words inside the encrypted contents', async () => {
    at('2024-03-01T09:00:00+08:00')
    const up = multipartFile(
      await sharp({ create: { width: 20, height: 20, channels: 3, background: '#369' } })
        .jpeg()
        .toBuffer()
    )
    const photoHandle: string = (await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(server.app)) }, payload: up.payload })).json().id
    await fileTip(server.app, { organisation: '有照片的公司', photoIds: [photoHandle] })
    at('2024-03-02T09:00:00+08:00')
    await fileTip(server.app, { organisation: '币圈公司', disguise: 'crypto', place: '大沙窝村', what: '拉人买虚拟币，说一个月翻倍。' })
    at('2024-03-03T09:00:00+08:00')
    await fileTip(server.app, { organisation: '核实中的公司', contact: '13900002222' })
    const year = { from: '2024-01-01', to: '2024-12-31' }
    const checking = await idOf('核实中的公司', year)
    expect((await server.app.inject({ method: 'POST', url: `/api/admin/tips/${checking}/status`, payload: { status: 'checking' }, headers: handler })).statusCode).toBe(200)

    const names = async (params: Record<string, string | boolean>) => (await everything({ ...year, ...params })).seen.map((t) => t.content.organisation).sort()
    expect(await names({})).toEqual(['币圈公司', '有照片的公司', '核实中的公司'].sort())
    expect(await names({ status: 'checking' })).toEqual(['核实中的公司'])
    expect(await names({ photos: true })).toEqual(['有照片的公司'])
    expect(await names({ photos: false })).toEqual(['币圈公司', '核实中的公司'].sort())
    expect(await names({ from: '2024-03-02', to: '2024-03-02' })).toEqual(['币圈公司'])
    expect(await names({ disguise: 'crypto' })).toEqual(['币圈公司'])
    expect(await names({ village: '大沙窝村' })).toEqual(['币圈公司'])
    expect(await names({ q: '虚拟币' })).toEqual(['币圈公司'])
    expect(await names({ q: '13900002222' })).toEqual(['核实中的公司'])
    expect(await names({ q: '没有这样的话' })).toEqual([])
    const withPhoto = (await everything({ ...year, photos: true })).seen[0]
    expect(withPhoto.photoCount).toBe(1)

    const bad = await server.app.inject({ method: 'GET', url: '/api/admin/tips?after=bm90LWEtY3Vyc29y', headers: handler })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.message).toContain('翻页位置不对')
    expect((await server.app.inject({ method: 'GET', url: '/api/admin/tips?spam=maybe', headers: handler })).statusCode).toBe(400)
    expect((await server.app.inject({ method: 'GET', url: '/api/admin/tips?limit=1000', headers: handler })).statusCode).toBe(400)
  })

  it('searches a flood a bounded number of tips at a time, and finds the one real tip under it', async () => {
    at('2023-01-01T09:00:00+08:00')
    await fileTip(server.app, { organisation: '真的线索', what: '紫藤花养老院收钱订床位，说每年返利。' })
    const model = await idOf('真的线索', { from: '2023-01-01', to: '2023-01-01' })
    await flood(700, '2023-01-02T00:00:00+08:00', model)
    const window = { from: '2023-01-01', to: '2023-12-31', q: '紫藤花' }

    // Every copy says the same, so all 701 match; the real one is the oldest.
    const first = await desk({ ...window, limit: 100 })
    expect(first.items).toHaveLength(100)
    const none = await desk({ from: '2023-01-01', to: '2023-12-31', q: '不会出现的词' })
    expect(none).toEqual({ items: [], next: expect.any(String), scanned: DESK_SCAN_LIMIT })
    const { seen, pages } = await everything({ from: '2023-01-01', to: '2023-12-31', q: '不会出现的词' })
    expect(seen).toEqual([])
    expect(pages).toBe(Math.ceil(701 / DESK_SCAN_LIMIT))
    const found = await everything({ ...window, limit: 100 })
    expect(found.seen.at(-1)!.id).toBe(model)
  })

  it('lets handlers set junk aside in bulk and take it back, audited; spam is hidden, never lost before the retention period', async () => {
    at('2022-02-01T09:00:00+08:00')
    for (const name of ['垃圾一', '垃圾二', '正在办的']) await fileTip(server.app, { organisation: name })
    const year = { from: '2022-01-01', to: '2022-12-31' }
    const [junk1, junk2, working] = await Promise.all(['垃圾一', '垃圾二', '正在办的'].map((n) => idOf(n, year)))
    await server.app.inject({ method: 'POST', url: `/api/admin/tips/${working}/status`, payload: { status: 'checking' }, headers: handler })
    const mark = (ids: string[], spam: boolean) => server.app.inject({ method: 'POST', url: '/api/admin/tips/spam', payload: { ids, spam }, headers: handler })

    const refused = await mark([junk1, working], true)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error.message).toContain('只有“新线索”能标为垃圾')
    expect((await mark([junk1, 'tnosuchtip'], true)).statusCode).toBe(404)
    expect((await everything({ ...year, spam: 'only' })).seen).toEqual([]) // refused as a whole

    const done = await mark([junk1, junk2], true)
    expect(done.json()).toEqual({ changed: 2 })
    const names = async (spam: string) => (await everything({ ...year, spam })).seen.map((t) => t.content.organisation).sort()
    expect(await names('exclude')).toEqual(['正在办的'])
    expect(await names('only')).toEqual(['垃圾一', '垃圾二'].sort())
    expect((await everything(year)).seen.map((t) => t.content.organisation)).toEqual(['正在办的']) // the default hides spam
    expect((await everything({ ...year, spam: 'all' })).seen).toHaveLength(3)

    expect((await mark([junk2], false)).json()).toEqual({ changed: 1 })
    expect(await names('exclude')).toEqual(['垃圾二', '正在办的'].sort())
    // Working a spam tip takes it out of the spam pile.
    await server.app.inject({ method: 'POST', url: `/api/admin/tips/${junk2}/status`, payload: { status: 'checking' }, headers: handler })
    expect((await mark([junk2], true)).statusCode).toBe(409)

    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    const log = async (action: string) =>
      (await server.app.inject({ method: 'GET', url: `/api/admin/audit?action=${action}&actor=xiansuo&pageSize=50`, headers: admin })).json().items.map((e: { targetId: string }) => e.targetId)
    expect((await log('tip.spam')).sort()).toEqual([junk1, junk2].sort())
    expect(await log('tip.unspam')).toEqual([junk2])

    // Spam stays (the tipster's receipt still opens it) until it has been spam for the retention period.
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/tips-retention', payload: { days: 30 }, headers: admin })).statusCode).toBe(200)
    clock.advance(29 * 86400000)
    await server.app.tips.purge()
    expect(await names('only')).toEqual(['垃圾一'])
    clock.advance(2 * 86400000)
    await server.app.tips.purge()
    expect(await names('only')).toEqual([])
    expect(await names('exclude')).toEqual(['垃圾二', '正在办的'].sort())
  })
})
