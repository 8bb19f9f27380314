import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pkg from '../../package.json'
import { solve } from '../../src/core/proof-of-work'
import { HOTLINE_META } from '../../src/core/reading-types'
import { multipartBody } from './forms'
import { flyer, FLYER_LINES } from './flyers'
import { beijingDayFromToday, cameraPhoto } from './helpers'
import { csv, GOOD } from './quiz-sheet'

const ROOT = path.resolve(__dirname, '../..')
const ADMIN_PASSWORD = 'compiled-admin-password-1'

/**
 * `npm run serve` exactly as package.json has it (node, its flags, the compiled
 * entry), but started from another folder: nothing the server finds may
 * depend on where it is started, only DATA_DIR and WEB_DIR say where data is.
 */
function serveCommand(): { flags: string[]; main: string } {
  const [command, ...args] = pkg.scripts.serve.split(/\s+/)
  expect(command).toBe('node')
  const main = path.join(ROOT, args[args.length - 1])
  if (!fs.existsSync(main)) throw new Error(`${path.relative(ROOT, main)} 不存在：请先运行 npm run build:server（npm test 会自动构建）`)
  // A build older than the sources would test yesterday's server.
  const built = fs.statSync(main).mtimeMs
  const newer = [...sources(path.join(ROOT, 'server')), ...sources(path.join(ROOT, 'src', 'core'))].filter((f) => fs.statSync(f).mtimeMs > built)
  if (newer.length > 0) throw new Error(`${path.relative(ROOT, newer[0])} 比服务端构建新：请重新运行 npm run build:server`)
  return { flags: args.slice(0, -1), main }
}

function* sources(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* sources(full)
    else yield full
  }
}

function startCompiled(dir: string): Promise<{ child: ChildProcess; base: string; output: () => string }> {
  const { flags, main } = serveCommand()
  const child = spawn(process.execPath, [...flags, main], {
    cwd: dir,
    env: {
      ...process.env,
      DATA_DIR: path.join(dir, 'data'),
      WEB_DIR: path.join(dir, 'web'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ADMIN_INITIAL_PASSWORD: ADMIN_PASSWORD,
      TIP_POW_BITS: '4'
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const listening = /：(http:\/\/127\.0\.0\.1:\d+)\//.exec(out)
      if (listening) resolve({ child, base: listening[1], output: () => out })
    })
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
    child.once('exit', (code) => reject(new Error(`compiled server exited (${code}): ${out}`)))
  })
}

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

describe('the compiled server (npm run serve on dist-server/)', () => {
  it('starts from its JavaScript and answers reading, the checker, a flyer photo read, the quiz with its threads, a photo upload and the page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-compiled-'))
    fs.mkdirSync(path.join(dir, 'web'))
    fs.writeFileSync(path.join(dir, 'web', 'index.html'), '<!doctype html><html><head><title>防非宣传</title></head><body></body></html>')
    let child: ChildProcess | null = null
    try {
      const server = await startCompiled(dir)
      child = server.child
      const { base } = server
      expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ ok: true })

      // The starter content is YAML under server/db/content, read from beside the compiled code.
      const articles = (await (await fetch(`${base}/api/articles`)).json()) as { items: { id: string }[] }
      expect(articles.items.length).toBeGreaterThan(5)

      const checked = (await (await fetch(`${base}/api/ad-check`, json({ text: '保本保息，年化收益20%，推荐一人奖励300元' }))).json()) as { risk: string; flags: { code: string }[] }
      expect(checked.risk).toBe('high')
      expect(checked.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['guaranteed', 'recruit']))

      // The page from WEB_DIR, with the hotline put in by the web plugin.
      const page = await (await fetch(`${base}/`)).text()
      expect(page).toContain('<title>防非宣传</title>')
      expect(page).toContain(`<meta name="${HOTLINE_META}" content="`)

      // A tip photo goes through the picture process (image-process.js, spawned by the compiled processor).
      const { challenge, bits } = (await (await fetch(`${base}/api/tips/challenge`)).json()) as { challenge: string; bits: number }
      const nonce = solve(challenge, bits, (t) => createHash('sha256').update(t).digest())
      const form = multipartBody([{ name: 'file', filename: 'photo.jpg', type: 'image/jpeg', data: await cameraPhoto('SN-COMPILED') }])
      const upload = await fetch(`${base}/api/tips/photos`, { method: 'POST', headers: { ...form.headers, 'x-tip-proof': `${challenge}:${nonce}` }, body: new Uint8Array(form.payload) })
      expect({ status: upload.status, body: await upload.text() }).toEqual({ status: 201, body: expect.stringMatching(/"id":"[^"]+"/) })

      // A flyer photo is read by the photo process (photo-process.js), which loads the OCR package, ES modules only, from CommonJS.
      const flyerProof = (await (await fetch(`${base}/api/tips/challenge`)).json()) as { challenge: string; bits: number }
      const flyerNonce = solve(flyerProof.challenge, flyerProof.bits, (t) => createHash('sha256').update(t).digest())
      const flyerForm = multipartBody([{ name: 'file', filename: 'flyer.png', type: 'image/png', data: await flyer(FLYER_LINES.slice(0, 3), 900, 300) }])
      const read = await fetch(`${base}/api/ad-check/photo`, {
        method: 'POST',
        headers: { ...flyerForm.headers, 'x-tip-proof': `${flyerProof.challenge}:${flyerNonce}` },
        body: new Uint8Array(flyerForm.payload)
      })
      expect(read.status).toBe(200)
      expect(((await read.json()) as { text: string }).text).toContain('保本保息')

      // A round handed in is counted by the tally thread (tally-worker.js), which the office's figures wait for.
      const round = (await (await fetch(`${base}/api/quiz/rounds`, json({ persona: 'elder' }))).json()) as { roundId: string; questions: { id: string; options: { id: string }[] }[] }
      const answers = round.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[0].id] }))
      expect((await fetch(`${base}/api/quiz/rounds/${round.roundId}/answers`, json({ answers }))).status).toBe(200)
      const login = (await (await fetch(`${base}/api/admin/login`, json({ username: 'admin', password: ADMIN_PASSWORD }))).json()) as { token: string }
      const admin = { authorization: `Bearer ${login.token}` }
      const stats = (await (await fetch(`${base}/api/admin/quiz/stats?from=${beijingDayFromToday(-1)}&to=${beijingDayFromToday(1)}`, { headers: admin })).json()) as { rounds: number }
      expect(stats.rounds).toBe(1)

      // A spreadsheet is read on the import thread (import-worker.js).
      const sheet = multipartBody([{ name: 'file', filename: 'bank.csv', type: 'text/csv', data: csv([GOOD[0]]) }])
      const imported = await fetch(`${base}/api/admin/quiz/import`, { method: 'POST', headers: { ...admin, ...sheet.headers }, body: new Uint8Array(sheet.payload) })
      expect(await imported.json()).toEqual({ imported: 1 })

      // SIGTERM closes it gracefully: the threads, the picture process and the photo process end with it.
      const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve))
      server.child.kill('SIGTERM')
      expect(await exited).toBe(0)
      child = null
      expect(server.output()).not.toMatch(/"level":(50|60)/)
    } finally {
      child?.kill('SIGKILL')
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 60000)
})
