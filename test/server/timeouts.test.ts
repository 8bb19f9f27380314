import net from 'node:net'
import { CHINESE, LANES, startServer, type TestServer } from './helpers'

// Small limits so a slow client runs into them within a couple of seconds.
const LIMITS = { HEADERS_TIMEOUT_MS: '600', REQUEST_TIMEOUT_MS: '1200', KEEP_ALIVE_TIMEOUT_MS: '600' }
const STEP_MS = 150
jest.setTimeout(60_000)

interface Trickled {
  /** Bytes written before the server closed the connection (all of them if it never did). */
  sent: number
  /** Whether the server closed the connection while the client was still writing. */
  cutOff: boolean
  answer: string
}

/**
 * A client on a hopeless line: opens a connection and writes `head`, then
 * `rest` one byte every STEP_MS. `rest` is long enough that sending it all
 * takes several times the server's limits.
 */
function trickle(port: number, head: string, rest: string): Promise<Trickled> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    let sent = 0
    let closed = false
    let answer = ''
    let timer: NodeJS.Timeout | undefined
    socket.setEncoding('utf8')
    socket.on('data', (d: string) => (answer += d))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      closed = true
      clearTimeout(timer)
      resolve({ sent, cutOff: sent < rest.length, answer })
    })
    socket.on('connect', () => {
      socket.write(head)
      const next = () => {
        if (closed) return
        if (sent === rest.length) {
          // Everything went through: the server never cut the client off.
          socket.destroy()
          return
        }
        socket.write(rest[sent])
        sent += 1
        timer = setTimeout(next, STEP_MS)
      }
      timer = setTimeout(next, STEP_MS)
    })
  })
}

/** One request over a kept-alive connection; resolves with the answer and, later, whether the server closed it. */
function keptAlive(port: number, request: string): Promise<{ answer: string; closedByServer: Promise<boolean> }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    let answer = ''
    let answered = false
    const closedByServer = new Promise<boolean>((done) => {
      socket.on('end', () => done(true))
      // The test's own timeout is the upper bound; a server that never closes fails it.
    })
    socket.setEncoding('utf8')
    socket.on('data', (d: string) => {
      answer += d
      if (!answered && answer.includes('\r\n\r\n') && answer.includes('"ok"')) {
        answered = true
        resolve({ answer, closedByServer })
      }
    })
    socket.on('connect', () => socket.write(request))
  })
}

describe.each(LANES)('connection timeouts on a listening server (%s)', (lane) => {
  let server: TestServer
  let port: number
  beforeAll(async () => {
    server = await startServer(lane, LIMITS)
    await server.app.listen({ port: 0, host: '127.0.0.1' })
    port = (server.app.server.address() as net.AddressInfo).port
  })
  afterAll(async () => server.close())

  it('cuts off a client whose headers never finish', async () => {
    const slow = await trickle(port, 'GET /api/health HTTP/1.1\r\n', `Host: 127.0.0.1\r\nX-Padding: ${'a'.repeat(60)}\r\n\r\n`)
    expect(slow.cutOff).toBe(true)
    expect(slow.answer).toMatch(/^$|^HTTP\/1\.1 408/)
  })

  it('cuts off a client that sends its body a byte at a time', async () => {
    const body = JSON.stringify({ text: '保本保息，年化百分之二十，名额有限。'.repeat(2) })
    const head = `POST /api/ad-check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`
    const slow = await trickle(port, head, body)
    expect(slow.cutOff).toBe(true)
    expect(slow.answer).toMatch(/^$|^HTTP\/1\.1 408/)
  })

  it('closes a kept-alive connection that stays idle, after answering it normally', async () => {
    const { answer, closedByServer } = await keptAlive(port, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 200/)
    expect(await closedByServer).toBe(true)
  })

  it('still answers a request that arrives in time', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/ad-check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '保本保息，年化百分之二十。' }) })
    expect(res.status).toBe(200)
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200)
  })

  it.each([
    ['headers too large', `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(20000)}\r\n\r\n`, 431],
    ['a Content-Length that is not a number', 'POST /api/ad-check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}', 400],
    ['a request line that is not HTTP', 'HELLO THERE\r\n\r\n', 400]
  ])("answers %s in the API's own shape, in Chinese", async (_, request, status) => {
    const answer = await rawAnswer(port, request)
    expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `))
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string } }
    expect(body.error.code).toBe(`http_${status}`)
    expect(body.error.message).toMatch(CHINESE)
  })
})

/** Everything the server sends back to one raw request, until it closes the connection. */
function rawAnswer(port: number, request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (d: Buffer) => chunks.push(d))
    socket.on('error', () => undefined)
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')))
    socket.on('connect', () => socket.write(request))
  })
}
