import { CATEGORIES } from '../../src/core/categories'
import { loadStarterContent } from '../../server/db/content'
import { LANES, startServer, type TestServer } from './helpers'

const content = loadStarterContent()

describe.each(LANES)('reading API on %s', (lane) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer(lane)
  })
  afterAll(async () => server.close())

  const get = (url: string) => server.app.inject({ method: 'GET', url })

  it('answers the health check', async () => {
    const res = await get('/api/health')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ ok: true })
  })

  it('lists every category with the number of articles in it', async () => {
    const res = await get('/api/categories')
    expect(res.statusCode).toBe(200)
    const items = res.json().items as { code: string; name: string; count: number }[]
    expect(items.map((c) => c.code)).toEqual(CATEGORIES.map((c) => c.code))
    for (const c of items) {
      expect(c.count).toBe(content.articles.filter((a) => a.category === c.code).length)
    }
  })

  it('pages through all articles, newest first, without repeats', async () => {
    const seen: string[] = []
    let previous = '9999'
    for (let page = 1; ; page++) {
      const body = (await get(`/api/articles?page=${page}&pageSize=7`)).json()
      expect(body.total).toBe(content.articles.length)
      expect(body.page).toBe(page)
      expect(body.pageSize).toBe(7)
      if (body.items.length === 0) break
      for (const item of body.items) {
        expect(Object.keys(item).sort()).toEqual(['category', 'id', 'publishedAt', 'summary', 'title', 'town'])
        expect(item.publishedAt <= previous).toBe(true)
        previous = item.publishedAt
        seen.push(item.id)
      }
    }
    expect(seen.sort()).toEqual(content.articles.map((a) => a.id).sort())
  })

  it('filters by category and finds articles by a word in the title or summary', async () => {
    const byCategory = (await get('/api/articles?category=pension&pageSize=50')).json()
    expect(byCategory.items.length).toBeGreaterThan(0)
    expect(byCategory.items.every((a: { category: string }) => a.category === 'pension')).toBe(true)

    const sample = content.articles[0]
    const word = sample.title.slice(0, 4)
    const found = (await get(`/api/articles?q=${encodeURIComponent(word)}&pageSize=50`)).json()
    expect(found.items.map((a: { id: string }) => a.id)).toContain(sample.id)
    for (const a of found.items as { title: string; summary: string }[]) expect(a.title + a.summary).toContain(word)
  })

  it('treats % and _ in a search as plain characters', async () => {
    const res = await get(`/api/articles?q=${encodeURIComponent('%')}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().total).toBe(content.articles.filter((a) => (a.title + a.summary).includes('%')).length)
  })

  it('returns an article with its body and red flags', async () => {
    const sample = content.articles.find((a) => a.redFlags.length > 0)!
    const res = await get(`/api/articles/${sample.id}`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ id: sample.id, title: sample.title, category: sample.category, body: sample.body })
    expect(body.redFlags.map((f: { code: string }) => f.code)).toEqual(sample.redFlags)
    expect(body.redFlags[0].label).toEqual(expect.any(String))
  })

  it('lists case lessons with red flags, featured ones first on request', async () => {
    const all = (await get('/api/cases?pageSize=50')).json()
    expect(all.total).toBe(content.cases.length)
    expect(all.items[0].redFlags[0]).toEqual({ code: expect.any(String), label: expect.any(String) })
    const featured = (await get('/api/cases?featured=true&pageSize=50')).json()
    expect(featured.items.length).toBe(content.cases.filter((c) => c.featured).length)
    expect(featured.items.every((c: { featured: boolean }) => c.featured)).toBe(true)
    // Each says whether it happened, so the list can show it.
    expect(all.items.map((c: { kind: string }) => c.kind)).toEqual(all.items.map((c: { id: string }) => content.cases.find((f) => f.id === c.id)?.kind))
  })

  it('returns a case lesson with story, outcome, lesson and its check question', async () => {
    const sample = content.cases[0]
    const body = (await get(`/api/cases/${sample.id}`)).json()
    expect(body).toMatchObject({ id: sample.id, kind: sample.kind, source: '', sourceUrl: '', story: sample.story, outcome: sample.outcome, lesson: sample.lesson, question: sample.question })
    expect(body.redFlags.map((f: { code: string }) => f.code).sort()).toEqual([...sample.redFlags].sort())
  })

  it.each([
    ['/api/articles/no-such-article', 404, '没有找到这篇文章'],
    ['/api/cases/no-such-case', 404, '没有找到这个案例'],
    ['/api/articles?page=0', 400, '页码'],
    ['/api/articles?page=abc', 400, '页码'],
    ['/api/articles?page=1.5', 400, '页码'],
    ['/api/articles?pageSize=51', 400, '每页条数'],
    ['/api/articles?pageSize=0', 400, '每页条数'],
    [`/api/articles?q=${'骗'.repeat(101)}`, 400, '搜索词最多 100 个字'],
    ['/api/articles?category=lottery', 400, '没有这个分类'],
    ['/api/articles?q=%00', 400, '无法识别的字符'],
    ['/api/cases?featured=maybe', 400, 'featured'],
    ['/api/no-such-route', 404, '没有这个接口']
  ])('GET %s is %i with a Chinese message', async (url, status, message) => {
    const res = await get(url)
    expect(res.statusCode).toBe(status)
    const body = res.json()
    expect(Object.keys(body)).toEqual(['error'])
    expect(body.error.code).toEqual(expect.any(String))
    expect(body.error.message).toContain(message)
  })

  it('never answers 5xx to odd input', async () => {
    const odd = [
      '/api/articles/%E0%A4%A',
      `/api/articles/${'x'.repeat(5000)}`,
      "/api/articles/'; drop table articles; --",
      '/api/articles?q=%00',
      '/api/articles?page=99999999999999999999',
      '/api/articles?category=&q=&page=&pageSize=',
      '/api/articles?page[]=1',
      '/api/cases?q=%F0%9F%98%80'
    ]
    for (const url of odd) {
      const res = await get(url)
      expect(res.statusCode).toBeLessThan(500)
      expect(res.json().error?.message ?? 'ok').toEqual(expect.any(String))
    }
  })

  it('serves the OpenAPI description', async () => {
    const res = await get('/api/docs/json')
    expect(res.statusCode).toBe(200)
    expect(Object.keys(res.json().paths)).toEqual(expect.arrayContaining(['/api/articles', '/api/articles/{id}', '/api/cases', '/api/hotline', '/api/lookup']))
  })
})
