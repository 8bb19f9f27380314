import { casesFor, operationsOf, rngFor, type FuzzCase, type Operation } from './fuzz-gen'
import { CHINESE, LANES, startServer, staffWith, type Lane, type TestServer } from './helpers'

/**
 * Every operation in the OpenAPI document gets malformed input (wrong types,
 * missing and extra fields, huge and odd strings, prototype keys, deep
 * nesting, broken JSON and multipart, odd path parameters); staff routes
 * both without a token and with one holding every role, so the checks and
 * handlers behind sign-in are reached. No answer may be a 5xx; a refusal is
 * a 4xx with the one error shape and a Chinese message; the server stays
 * healthy. Seeded: FUZZ_SEED replays a run, FUZZ_CASES sets the cases per
 * operation (fewer on the PostgreSQL lane).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261216)
const PER_OPERATION = Number(process.env.FUZZ_CASES ?? 12)
const CASES: Record<Lane, number> = { sqlite: PER_OPERATION, postgres: Math.ceil(PER_OPERATION / 2) }
// Methods no route has on a path must be refused in the same shape.
const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

jest.setTimeout(300_000)

interface Finding {
  request: string
  what: string
  status: number
  body: string
}

/** What is wrong with an answer, or null. */
function problemWith(op: Operation | null, status: number, body: string): string | null {
  if (status >= 500) return '5xx'
  if (status >= 400) {
    let parsed: { error?: { code?: unknown; message?: unknown } }
    try {
      parsed = JSON.parse(body)
    } catch {
      return '错误答复不是 JSON'
    }
    const { code, message } = parsed.error ?? {}
    if (typeof code !== 'string' || !code) return '错误答复没有 code'
    if (typeof message !== 'string' || !CHINESE.test(message)) return '错误答复没有中文 message'
    return null
  }
  if (op && !op.statuses.includes(String(status))) return `未写入文档的 ${status}`
  return null
}

describe.each(LANES)('fuzzing every route from the OpenAPI document (%s)', (lane) => {
  let server: TestServer
  let staff: { authorization: string }
  beforeAll(async () => {
    // Limits high enough that the fuzz reaches the checks behind them.
    server = await startServer(lane, { TIP_LOOKUP_RATE_LIMIT: '100000', QUIZ_RATE_LIMIT: '100000' })
    staff = await staffWith(server.app, 'fuzz_all_roles', ['admin', 'editor', 'publisher', 'tip_handler'])
  })
  afterAll(async () => server.close())

  it(`answers every malformed request with a 4xx in the error shape, never a 5xx (seed ${SEED})`, async () => {
    const ops = operationsOf(server.app.swagger())
    expect(ops.length).toBeGreaterThan(50)
    // Signing out last, so the token stays good for every other staff route.
    ops.sort((a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')))
    const findings: Finding[] = []
    let sent = 0
    const send = async (op: Operation | null, c: FuzzCase, auth: boolean) => {
      const headers = auth ? { ...c.headers, ...staff } : c.headers
      const res = await server.app.inject({ method: c.method as 'GET', url: c.url, headers, ...(c.payload === undefined ? {} : { payload: c.payload }) })
      sent += 1
      const problem = problemWith(op, res.statusCode, res.body)
      if (problem) findings.push({ request: `${c.method} ${c.url.slice(0, 160)}${auth ? '（带令牌）' : ''}`, what: `${problem}：${c.what}`, status: res.statusCode, body: res.body.slice(0, 300) })
    }
    for (const op of ops) {
      const staffRoute = op.path.startsWith('/api/admin')
      const cases = casesFor(op, rngFor(SEED, `${op.method} ${op.path}`), CASES[lane])
      // Staff routes: a quarter of the cases without a token, the rest with one.
      for (const [i, c] of cases.entries()) await send(op, c, staffRoute && i % 4 !== 0)
    }
    for (const path of new Set(ops.map((o) => o.path))) {
      for (const method of OTHER_METHODS.filter((m) => !ops.some((o) => o.path === path && o.method === m))) {
        await send(null, { method, url: path.replace(/\{\w+\}/g, 'x'), headers: {}, what: '这个路径没有这种方法' }, path.startsWith('/api/admin'))
      }
    }
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
    expect(sent).toBeGreaterThan(ops.length * CASES[lane])
    if (findings.length > 0) process.stdout.write(`fuzz (${lane}): ${findings.length} findings of ${sent} requests; replay with FUZZ_SEED=${SEED}\n`)
    expect(findings).toEqual([])
  })

  it('keeps the findings of earlier runs fixed: bad URLs, over-long ids, NUL characters', async () => {
    // A token of its own: the fuzz above ends by signing its token out.
    const editor = await staffWith(server.app, 'fuzz_findings', ['editor', 'publisher'])
    const admin = () => editor
    const found = [
      { method: 'GET', url: '/api/articles/%E0%A4%A', headers: {} },
      { method: 'GET', url: `/api/admin/articles/${'a'.repeat(1000)}`, headers: admin() },
      { method: 'GET', url: '/api/admin/quiz/items/%00', headers: admin() },
      { method: 'POST', url: '/api/admin/quiz/items/%00/withdraw', headers: admin() },
      { method: 'POST', url: '/api/admin/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'admin\u0000', password: 'whatever-password' }) }
    ] as const
    for (const c of found) {
      const res = await server.app.inject({ method: c.method, url: c.url, headers: c.headers, ...('payload' in c ? { payload: c.payload } : {}) })
      expect({ url: c.url, refused: res.statusCode >= 400 && res.statusCode < 500, problem: problemWith(null, res.statusCode, res.body) }).toEqual({ url: c.url, refused: true, problem: null })
    }
  })
})
