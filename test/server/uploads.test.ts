import { multipartBody } from './forms'
import { CHINESE, LANES, photoProof, startServer, staffWith, type TestServer } from './helpers'

// Starting a server and signing in (Argon2) takes seconds on a busy machine.
jest.setTimeout(60_000)

// Every multipart route: office images, tip photos, the quiz import.
const ROUTES = ['/api/admin/images', '/api/tips/photos', '/api/admin/quiz/import']

const file = { name: 'file', filename: 'a.csv', type: 'text/csv', data: '题型,分类\r\n判断,pension\r\n' }
const good = multipartBody([file])
const ct = good.headers

// Broken bodies a careless or hostile client sends, and what each must get.
const BROKEN: { name: string; headers: Record<string, string>; payload: Buffer | string; status: number; code: string }[] = [
  { name: 'no boundary in the content type', headers: { 'content-type': 'multipart/form-data' }, payload: good.payload, status: 400, code: 'bad_form' },
  { name: 'a boundary the body does not use', headers: { 'content-type': 'multipart/form-data; boundary=other' }, payload: good.payload, status: 400, code: 'no_file' },
  { name: 'cut off inside the file', headers: ct, payload: good.payload.subarray(0, good.payload.length - 30), status: 400, code: 'bad_form' },
  { name: 'cut off inside the part headers', headers: ct, payload: good.payload.subarray(0, 40), status: 400, code: 'no_file' },
  { name: 'no parts at all', headers: ct, payload: '', status: 400, code: 'no_file' },
  { name: 'a text field and no file', headers: ct, payload: multipartBody([{ name: 'note', data: '你好' }]).payload, status: 400, code: 'one_file' },
  { name: 'a 2 MB field before the file', headers: ct, payload: multipartBody([{ name: 'note', data: 'x'.repeat(2_000_000) }, file]).payload, status: 400, code: 'one_file' },
  { name: 'two files', headers: ct, payload: multipartBody([file, { ...file, filename: 'b.csv' }]).payload, status: 400, code: 'one_file' },
  { name: 'a prototype key as the field name', headers: ct, payload: multipartBody([{ ...file, name: '__proto__' }]).payload, status: 400, code: 'bad_form' },
  { name: 'JSON instead of a form', headers: { 'content-type': 'application/json' }, payload: '{"file":"a"}', status: 415, code: 'not_multipart' }
]

describe.each(LANES)('broken multipart bodies (%s)', (lane) => {
  let server: TestServer
  let staff: { authorization: string }
  beforeAll(async () => {
    server = await startServer(lane)
    staff = await staffWith(server.app, 'uploader', ['editor', 'publisher'])
  })
  afterAll(async () => server.close())

  it.each(ROUTES)('%s answers each with a 4xx and a Chinese message, never a 500', async (url) => {
    const seen = []
    for (const c of BROKEN) {
      // Tip photos need a solved challenge before the body is even read: give each one, so the body is what is tested.
      const proof = url === '/api/tips/photos' ? await photoProof(server.app) : {}
      const res = await server.app.inject({ method: 'POST', url, headers: { ...staff, ...proof, ...c.headers }, payload: c.payload })
      const body = res.json()
      seen.push({ name: c.name, status: res.statusCode, code: body.error?.code, chinese: CHINESE.test(body.error?.message ?? '') })
    }
    expect(seen).toEqual(BROKEN.map((c) => ({ name: c.name, status: c.status, code: c.code, chinese: true })))
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
  })
})
