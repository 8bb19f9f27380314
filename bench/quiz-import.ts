/**
 * How long a large quiz import holds the event loop: builds a spreadsheet of
 * about BENCH_IMPORT_MB (4.6 MB, the size that blocked the server for 9 s),
 * sends it to POST /api/admin/quiz/import on an in-process server, and
 * reports the import's time and the gaps between ticks of a 1 ms timer
 * meanwhile: the longest (the longest the server could not answer anyone)
 * and their sum. Run with
 * `npx tsx bench/quiz-import.ts`; XLSX and CSV, one file of each.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import ExcelJS from 'exceljs'
import { buildApp } from '../server/app'
import { loadConfig } from '../server/config'
import { COLUMNS, readQuizSheet } from '../server/modules/quiz/import'
import { multipartBody } from '../test/server/forms'

const TARGET = Number(process.env.BENCH_IMPORT_MB ?? 4.6) * 1024 * 1024

// Rows that differ, so the file does not compress to nothing: a few hundred characters of varied Chinese each.
function row(i: number): string[] {
  const words = ['保本', '高息', '返利', '养老', '床位', '原始股', '上市', '挖矿', '合作社', '分红', '名额有限', '政府背景', '稳赚', '月息', '拉人头']
  const text = Array.from({ length: 40 }, (_, k) => words[(i * 7 + k * 13) % words.length] + String((i * 31 + k) % 997)).join('，')
  return ['判断', 'pension', '1', 'elder', `第 ${i} 题：这段话是非法集资广告吗？`, '传单', text.slice(0, 900), '是', '不是', '', '', '', 'A', '', 'pension', `解析 ${i}：${text.slice(0, 300)}`]
}

async function xlsxOf(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('题目')
  sheet.addRow([...COLUMNS])
  for (let i = 0; i < rows; i++) sheet.addRow(row(i))
  return Buffer.from(await book.xlsx.writeBuffer())
}

async function sheets(): Promise<{ name: string; data: Buffer }[]> {
  // XLSX compresses well: a sample says how many rows make the size asked for.
  const sample = 1000
  let n = Math.ceil((TARGET / (await xlsxOf(sample)).length) * sample)
  let xlsx = await xlsxOf(n)
  // Larger files compress a little better: one correction.
  if (xlsx.length < TARGET) {
    n = Math.ceil((n * TARGET) / xlsx.length)
    xlsx = await xlsxOf(n)
  }
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`
  const lines = [COLUMNS.map(q).join(',')]
  let csvBytes = 0
  for (let i = 0; csvBytes < TARGET; i++) {
    const line = row(i).map(q).join(',')
    lines.push(line)
    csvBytes += Buffer.byteLength(line) + 2
  }
  return [
    { name: `bank.xlsx (${n} rows)`, data: xlsx },
    { name: `bank.csv (${lines.length - 1} rows)`, data: Buffer.from(lines.join('\r\n')) }
  ]
}

/** Runs `work` with a 1 ms timer ticking: the longest gap between ticks and the sum of gaps over 5 ms (the timer's own jitter is below that). */
async function watchLoop<T>(work: () => Promise<T>): Promise<{ result: T; report: string }> {
  let last = performance.now()
  let longest = 0
  let held = 0
  const ticker = setInterval(() => {
    const t = performance.now()
    longest = Math.max(longest, t - last)
    if (t - last > 5) held += t - last
    last = t
  }, 1)
  const started = performance.now()
  const result = await work()
  const ended = performance.now()
  clearInterval(ticker)
  // Work that never yields leaves the timer no tick: the gap up to its end counts too.
  longest = Math.max(longest, ended - last)
  if (ended - last > 5) held += ended - last
  const took = ended - started
  return { result, report: `${took.toFixed(0)} ms; event loop held for at most ${longest.toFixed(0)} ms at a time, ${held.toFixed(0)} ms in all` }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-bench-import-'))
  const password = 'bench-admin-password-1'
  const app = await buildApp(loadConfig({ DATA_DIR: dir, WEB_DIR: path.join(dir, 'web'), ADMIN_INITIAL_PASSWORD: password, LOGIN_RATE_LIMIT: '1000' }), { logger: false })
  await app.ready()
  const login = async (username: string, pw: string) => `Bearer ${(await app.inject({ method: 'POST', url: '/api/admin/login', payload: { username, password: pw } })).json().token}`
  const admin = await login('admin', password)
  await app.inject({
    method: 'POST',
    url: '/api/admin/users',
    headers: { authorization: admin },
    payload: { username: 'bench_editor', displayName: '编辑', roles: ['editor'], password: 'bench-editor-password-1' }
  })
  const editor = await login('bench_editor', 'bench-editor-password-1')

  for (const { name, data } of await sheets()) {
    const filename = name.split(' ')[0]
    const body = multipartBody([{ name: 'file', filename, type: 'application/octet-stream', data }])
    // The same reading on the event loop (as the route did before its reading thread), then through the route.
    const inline = await watchLoop(() => readQuizSheet(data, filename))
    const routed = await watchLoop(() => app.inject({ method: 'POST', url: '/api/admin/quiz/import', headers: { authorization: editor, ...body.headers }, payload: body.payload }))
    const answer = routed.result.body.length > 100 ? `${routed.result.body.slice(0, 100)}…` : routed.result.body
    process.stdout.write(`${name}, ${(data.length / 1024 / 1024).toFixed(2)} MB\n`)
    process.stdout.write(`  read on the event loop: ${inline.report}\n`)
    process.stdout.write(`  import route (reading thread): ${routed.result.statusCode} ${answer}\n    ${routed.report}\n`)
  }
  await app.close()
  fs.rmSync(dir, { recursive: true, force: true })
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(1)
})
