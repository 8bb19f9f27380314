/**
 * npm run bench:capacity: what one request of each main route costs, and how
 * many processes and cores that makes for a district and for a city.
 *
 * The API runs as `npm run serve` runs it (node with its flags on the
 * compiled dist-server/, built first if missing or older than the sources),
 * on a fresh PostgreSQL database and a Redis server of its own, so in shared
 * mode. Each route gets a fixed number of requests from autocannon (not a
 * duration: the work done is the same however busy the machine is), and
 * around each route the script reads
 * - the API process's CPU time (utime + stime of all its threads, its child
 *   processes and the children it has reaped, from /proc),
 * - PostgreSQL's CPU time: this database's backends plus the cluster's
 *   background processes (WAL writer, checkpointer, …), from /proc by the pids
 *   pg_stat_activity names, and, for comparison, every postgres process on the
 *   machine (which includes other users of the cluster),
 * - the Redis server's CPU time and commands processed,
 * - the WAL written (pg_current_wal_lsn; cluster-wide, so others' writes count too),
 * - rows and bytes (pg_total_relation_size) of every table.
 * CPU time per request is far less sensitive to a shared, noisy machine than
 * requests per second; the load average is printed beside it. Then the model:
 * every assumption is in ASSUMPTIONS below and printed with the results.
 *
 * CAPACITY_DATABASE_URL (or TEST_DATABASE_URL) names a PostgreSQL server the
 * script may create and drop a database on; CAPACITY_REQUESTS (default 2000)
 * scales every route's count; CAPACITY_CONNECTIONS (default 8).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import Redis from 'ioredis'
import { Client } from 'pg'
import pkg from '../package.json'
import { solve } from '../src/core/proof-of-work'
import evaluation from '../test/core/ad-check-eval.json'
import { freePort } from '../test/server/redis'

const ROOT = path.resolve(__dirname, '..')
const DATABASE_URL = process.env.CAPACITY_DATABASE_URL ?? process.env.TEST_DATABASE_URL
const REQUESTS = Number(process.env.CAPACITY_REQUESTS ?? 2000)
const CONNECTIONS = Number(process.env.CAPACITY_CONNECTIONS ?? 8)
const TICK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim())

/**
 * The model's assumptions, one place. Per participant in the campaign hour:
 * the app opened (article lists and articles read), quiz rounds played, the
 * share using the server's checker (the mini-program runs the same checker on
 * the phone, so most checks never reach the server), the share filing a tip.
 */
const ASSUMPTIONS = {
  areas: [
    { name: 'district', residents: 400_000 },
    { name: 'city', residents: 13_000_000 }
  ],
  /** Share of residents taking part in the one campaign hour. */
  participation: 0.1,
  articleLists: 2,
  articleReads: 3,
  quizRounds: 2,
  checkerShare: 0.2,
  tipShare: 0.005,
  /** The peak minute carries this many times the hour's average rate. */
  peakFactor: 3,
  /** Plan for this CPU use at the peak minute (the rest is headroom). */
  plannedCpu: 0.5,
  /** One Node process uses about one core (one event loop; Argon2 and the counting thread beside it). */
  coresPerProcess: 1,
  /** server/db/connect.ts: pg.Pool max per process. */
  poolPerProcess: 10,
  /** Campaign hours a year, at least QUIZ_RETENTION_DAYS apart, each like the one modelled. */
  campaignsPerYear: 12,
  /** Distinct players in a year per participant of one campaign (new phones, new people). */
  playersPerParticipantYear: 2,
  /** Tips are kept until closed plus the retention (default 365 days), so a year's tips are all still there. */
  quizRetentionDays: 30,
  /** A single Redis server runs commands on one core. */
  redisCores: 1,
  /** The database server: cores of one machine, and a cloud SSD's write operations and bytes per second (each commit waits for one WAL flush). */
  databaseCores: 16,
  diskWriteIops: 3000,
  diskWriteMBps: 125
}

/** Tables whose rows the quiz's retention deletes (QUIZ_RETENTION_DAYS after the draw); the rest of the quiz's rows stay. */
const PURGED = new Set(['quiz_rounds', 'quiz_handins'])

interface Route {
  name: string
  amount: number
  options: (base: string) => autocannon.Options
  /** Waits, after the load, until the work the requests left for later is done. */
  settle?: () => Promise<void>
}

interface Snapshot {
  api: number
  pg: Map<number, number>
  pgAll: number
  redis: number
  redisCommands: number
  wal: string
  tables: Map<string, { rows: number; bytes: number }>
  at: number
}

interface Cost {
  name: string
  amount: number
  seconds: number
  rps: number
  non2xx: number
  errors: number
  apiMs: number
  pgMs: number
  pgAllMs: number
  redisMs: number
  redisCommands: number
  walBytes: number
  walAllBytes: number
  /** Write transactions per request (commits waiting for the WAL flush); null when not measured. */
  commits: number | null
  tables: Map<string, { rows: number; bytes: number }>
  load: string
}

/** CPU seconds of a process from /proc/<pid>/stat: all its threads, and the children it has waited for. */
function cpu(pid: number, reaped = true): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number)
    // After the name: state is field 3, so utime (14), stime (15), cutime (16), cstime (17) are at 11..14.
    return (f[11] + f[12] + (reaped ? f[13] + f[14] : 0)) / TICK
  } catch {
    return 0 // the process has ended
  }
}

function children(pid: number): number[] {
  const found: number[] = []
  let tasks: string[]
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`)
  } catch {
    return found
  }
  for (const task of tasks) {
    try {
      for (const child of fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) found.push(Number(child), ...children(Number(child)))
    } catch {
      // a thread that just ended
    }
  }
  return found
}

/** The API process and everything it started (the picture process, when a photo has been sent). */
const apiCpu = (pid: number) => [pid, ...children(pid)].reduce((sum, p) => sum + cpu(p), 0)

/** Every postgres process on the machine, with the CPU of the backends the postmaster has reaped. */
function allPostgresCpu(): number {
  let total = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const parentIsPostgres = fs.existsSync(`/proc/${ppid}/comm`) && fs.readFileSync(`/proc/${ppid}/comm`, 'utf8').trim() === 'postgres'
      total += cpu(Number(entry), !parentIsPostgres)
    } catch {
      // a backend that just ended
    }
  }
  return total
}

async function snapshot(db: Client, redis: Redis, apiPid: number, redisPid: number, database: string, tables: string[], first: 'tables' | 'cpu'): Promise<Snapshot> {
  const readTables = async () => {
    const sizes = await db.query<{ name: string; bytes: string }>(`select relname as name, pg_total_relation_size(relid) as bytes from pg_stat_user_tables`)
    const counts = await db.query<Record<string, string>>(`select ${tables.map((t) => `(select count(*) from "${t}") as "${t}"`).join(', ')}`)
    return new Map(sizes.rows.map((r) => [r.name, { rows: Number(counts.rows[0][r.name] ?? 0), bytes: Number(r.bytes) }]))
  }
  // The tables are counted outside the measured span: before the CPU is read at the start, after it at the end.
  const before = first === 'tables' ? await readTables() : null
  // This database's backends (the bench's own connection excepted) and the cluster's background processes.
  const pids = await db.query<{ pid: number }>(`select pid from pg_stat_activity where (datname = $1 or datname is null) and pid <> pg_backend_pid()`, [database])
  const pg = new Map(pids.rows.map((r) => [r.pid, cpu(r.pid, false)]))
  const shot: Snapshot = {
    api: apiCpu(apiPid),
    pg,
    pgAll: allPostgresCpu(),
    redis: cpu(redisPid),
    redisCommands: Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1] ?? 0),
    wal: (await db.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')).rows[0].lsn,
    tables: new Map(),
    at: performance.now()
  }
  shot.tables = before ?? (await readTables())
  return shot
}

async function measure(route: Route, base: string, take: (first: 'tables' | 'cpu') => Promise<Snapshot>): Promise<Cost> {
  const before = await take('tables')
  const result = await autocannon({ ...route.options(base), amount: route.amount, connections: Math.min(CONNECTIONS, route.amount) })
  // Work a request leaves for later (the quiz's counting thread) is part of what it costs.
  await route.settle?.()
  const after = await take('cpu')
  let pgSeconds = 0
  for (const [pid, seconds] of after.pg) pgSeconds += seconds - (before.pg.get(pid) ?? 0)
  const tables = new Map<string, { rows: number; bytes: number }>()
  for (const [name, now] of after.tables) {
    const was = before.tables.get(name) ?? { rows: 0, bytes: 0 }
    if (now.rows !== was.rows || now.bytes !== was.bytes) tables.set(name, { rows: now.rows - was.rows, bytes: now.bytes - was.bytes })
  }
  const wal = await takeWal(before.wal, after.wal)
  const walAll = await takeWalAll(before.wal, after.wal)
  const n = result.requests.total
  return {
    name: route.name,
    amount: n,
    seconds: (after.at - before.at) / 1000,
    rps: n / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    apiMs: ((after.api - before.api) * 1000) / n,
    pgMs: (pgSeconds * 1000) / n,
    pgAllMs: ((after.pgAll - before.pgAll) * 1000) / n,
    redisMs: ((after.redis - before.redis) * 1000) / n,
    // The INFO that reads the count is itself a command.
    redisCommands: (after.redisCommands - before.redisCommands - 1) / n,
    walBytes: wal.bytes / n,
    commits: wal.transactions === null ? null : wal.transactions / n,
    walAllBytes: walAll / n,
    tables,
    load: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  }
}

/** This database's WAL bytes and write transactions (each one commit that waits for the WAL to reach the disk); null transactions where pg_waldump is not at hand. */
let takeWal: (from: string, to: string) => Promise<{ bytes: number; transactions: number | null }> = async () => ({ bytes: 0, transactions: null })
let takeWalAll: (from: string, to: string) => Promise<number> = async () => 0

/** pg_waldump of the server's version, if it runs on this machine: it tells this database's WAL from the rest of the cluster's. */
function findWaldump(): string | null {
  if (process.env.CAPACITY_PG_WALDUMP) return process.env.CAPACITY_PG_WALDUMP
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return null
  for (const version of fs.readdirSync(root).sort().reverse()) if (fs.existsSync(path.join(root, version, 'bin', 'pg_waldump'))) return path.join(root, version, 'bin', 'pg_waldump')
  return null
}

/**
 * The WAL bytes between two positions that belong to this database: every
 * record of a transaction that touched one of its relations (commit records
 * included), and records without a transaction naming its relations (full-page
 * images for hint bits, pruning). Checkpoints and other databases' writes are left out.
 */
function databaseWal(waldump: string, walDir: string, oid: number, from: string, to: string): { bytes: number; transactions: number } {
  if (from === to) return { bytes: 0, transactions: 0 }
  const out = execFileSync(waldump, ['-p', walDir, '-s', from, '-e', to], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString()
  const ours = new RegExp(`(rel \\d+/${oid}/|base/${oid}/|db ${oid}\\b)`)
  const records = out.split('\n').map((line) => {
    const m = /len \(rec\/tot\):\s*\d+\/\s*(\d+), tx:\s*(\d+),/.exec(line)
    return m ? { bytes: Number(m[1]), tx: Number(m[2]), ours: ours.test(line) } : null
  })
  const xids = new Set(records.filter((r) => r && r.ours && r.tx !== 0).map((r) => r!.tx))
  return { bytes: records.reduce((sum, r) => sum + (r && (r.ours || (r.tx !== 0 && xids.has(r.tx))) ? r.bytes : 0), 0), transactions: xids.size }
}

/** Each request from an address of its own (as phones behind the proxy), so per-address limits count as in the field. */
function addresses(): () => string {
  let n = 0
  return () => {
    n++
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
  }
}

/** A route's requests, each from an address of its own; a body, where there is one, sent as JSON. */
function route(name: string, amount: number, method: 'GET' | 'POST', next: () => { path: string; body?: unknown }, onBody?: (body: string) => void): Route {
  const from = addresses()
  return {
    name,
    amount,
    options: (base) => ({
      url: base,
      requests: [
        {
          method,
          setupRequest: (req) => {
            const { path: p, body } = next()
            const headers = { ...req.headers, 'x-forwarded-for': from() }
            return body === undefined ? { ...req, path: p, headers } : { ...req, path: p, body: JSON.stringify(body), headers: { ...headers, 'content-type': 'application/json' } }
          },
          onResponse: (status, body) => {
            if (status < 300) onBody?.(body)
          }
        }
      ]
    })
  }
}

const getRoute = (name: string, amount: number, pathFor: () => string, onBody?: (body: string) => void): Route => route(name, amount, 'GET', () => ({ path: pathFor() }), onBody)
const postRoute = (name: string, amount: number, next: () => { path: string; body: unknown }, onBody?: (body: string) => void): Route => route(name, amount, 'POST', next, onBody)

/** `npm run serve`'s build, made again when a source is newer than it (as compiled.test.ts would refuse it). */
function ensureBuild(): { flags: string[]; main: string } {
  const [, ...args] = pkg.scripts.serve.split(/\s+/)
  const main = path.join(ROOT, args[args.length - 1])
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs), 0)
  if (!fs.existsSync(main) || Math.max(newest(path.join(ROOT, 'server')), newest(path.join(ROOT, 'src', 'core'))) > fs.statSync(main).mtimeMs) {
    process.stdout.write('building the server (npm run build:server)…\n')
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-server.mjs')], { cwd: ROOT, stdio: 'inherit' })
  }
  return { flags: args.slice(0, -1), main }
}

function serve(dir: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  const { flags, main } = ensureBuild()
  const child = spawn(process.execPath, [...flags, main], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes(`:${port}/`)) resolve(child)
    })
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)))
  })
}

function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  return new Promise((resolve, reject) => {
    const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 50 })
    // Refused connections until the server listens are expected.
    client.on('error', () => undefined)
    const give = setTimeout(() => reject(new Error('redis-server did not start')), 10000)
    client.on('ready', () => {
      clearTimeout(give)
      client.disconnect()
      resolve(child)
    })
    void client.connect().catch(() => undefined)
  })
}

/** 500-character adverts of the checker's evaluation texts, each different, as run.ts makes them. */
function adverts(count: number): string[] {
  const pool = (evaluation as { text: string }[]).map((x) => x.text)
  const texts: string[] = []
  for (let i = 0; texts.length < count; i++) {
    let t = ''
    for (let j = i; t.length < 500; j++) t += pool[j % pool.length]
    texts.push(t.slice(0, 500))
  }
  return texts
}

const f = (x: number, digits = 2) => x.toFixed(digits)
const kb = (bytes: number) => `${f(bytes / 1024, 2)} KB`
const human = (bytes: number) => (bytes >= 1e9 ? `${f(bytes / 1e9, 1)} GB` : `${f(bytes / 1e6, 1)} MB`)

function model(costs: Map<string, Cost>, maxConnections: number): string[] {
  const a = ASSUMPTIONS
  const c = (name: string) => costs.get(name)!
  // Requests one participant makes in the hour, by route.
  const mix: [string, number][] = [
    ['GET /api/articles', a.articleLists],
    ['GET /api/articles/:id', a.articleReads],
    ['POST /api/quiz/rounds', a.quizRounds],
    ['POST /api/quiz/rounds/:id/answers', a.quizRounds],
    ['POST /api/ad-check', a.checkerShare],
    ['GET /api/tips/challenge', a.tipShare],
    ['POST /api/tips', a.tipShare]
  ]
  const per = (pick: (x: Cost) => number) => mix.reduce((sum, [name, n]) => sum + n * pick(c(name)), 0)
  const requests = mix.reduce((sum, [, n]) => sum + n, 0)
  const apiMs = per((x) => x.apiMs)
  const pgMs = per((x) => x.pgMs)
  const redisMs = per((x) => x.redisMs)
  const redisCommands = per((x) => x.redisCommands)
  const wal = per((x) => x.walBytes)
  // Write transactions (commits, each waiting for a WAL flush) as measured after the quiz's group commit; else one per write request.
  const commitsMeasured = mix.every(([name]) => c(name).commits !== null)
  const writes = commitsMeasured ? per((x) => x.commits!) : a.quizRounds * 2 + a.tipShare
  const bytesOf = (name: string, keep: (table: string) => boolean) => [...c(name).tables].reduce((s, [t, d]) => s + (keep(t) ? d.bytes : 0), 0) / c(name).amount
  const round = (keep: (t: string) => boolean) => bytesOf('POST /api/quiz/rounds', keep) + bytesOf('POST /api/quiz/rounds/:id/answers', keep)
  // Each bench round has a new player, so its kept rows are what a participant adds the first time (counted once per participant).
  const roundPurged = round((t) => PURGED.has(t))
  const participantKept = round((t) => !PURGED.has(t) && t.startsWith('quiz_'))
  const tip = bytesOf('POST /api/tips', () => true) + bytesOf('GET /api/tips/challenge', () => true)

  const lines = [
    '',
    'model (every figure below follows from the measured costs above and these assumptions):',
    `  per participant in the campaign hour: ${a.articleLists} article lists + ${a.articleReads} articles read, ${a.quizRounds} quiz rounds (1 draw + 1 hand-in each), ${a.checkerShare * 100} % check one advert on the server, ${a.tipShare * 100} % file a tip (1 challenge + 1 tip, no photos)`,
    `  = ${f(requests)} requests, ${f(apiMs)} ms API CPU, ${f(pgMs)} ms PostgreSQL CPU, ${f(redisMs, 3)} ms Redis CPU, ${f(redisCommands, 1)} Redis commands, ${kb(wal)} WAL, ${f(writes, 3)} ${commitsMeasured ? "write transactions (measured, with the quiz's group commit at the bench's concurrency)" : 'write requests (an upper bound on commits)'}`,
    `  peak minute = ${a.peakFactor}× the hour's average; plan for ${a.plannedCpu * 100} % CPU at the peak; ${a.coresPerProcess} core per API process, pool of ${a.poolPerProcess} connections each (PostgreSQL here takes ${maxConnections}: max_connections less the superusers' reserve)`,
    `  database: rounds kept ${a.quizRetentionDays} days (QUIZ_RETENTION_DAYS) and campaigns at least that far apart, so at most one campaign's rounds are stored; ${a.campaignsPerYear} campaign hours a year; ${a.playersPerParticipantYear} distinct players a year per participant; tips kept until closed + 365 days, so a year's tips all stay`,
    `  stored: a round ${kb(roundPurged)} while kept (quiz_rounds, quiz_handins), a participant's running figures ${kb(participantKept)} for good, a tip ${kb(tip)}`
  ]
  for (const area of a.areas) {
    const participants = area.residents * a.participation
    const peakRps = ((participants * requests) / 3600) * a.peakFactor
    const peakParticipantsPerSecond = (participants / 3600) * a.peakFactor
    const apiCores = (peakParticipantsPerSecond * apiMs) / 1000
    const pgCores = (peakParticipantsPerSecond * pgMs) / 1000
    const redisCore = (peakParticipantsPerSecond * redisMs) / 1000
    const processes = Math.max(1, Math.ceil(apiCores / a.plannedCpu / a.coresPerProcess))
    const connections = processes * a.poolPerProcess
    const walRate = peakParticipantsPerSecond * wal
    const writeRate = peakParticipantsPerSecond * writes
    const afterCampaign = participants * (a.quizRounds * roundPurged + participantKept) + participants * a.tipShare * tip
    const afterYear = participants * a.quizRounds * roundPurged + participants * a.playersPerParticipantYear * participantKept + a.campaignsPerYear * participants * a.tipShare * tip
    lines.push(
      '',
      `${area.name}: ${area.residents.toLocaleString('en')} residents, ${participants.toLocaleString('en')} taking part in the hour`,
      `  requests: ${f((participants * requests) / 3600, 0)} per second on average, ${f(peakRps, 0)} at the peak minute`,
      `  API: ${f(apiCores)} cores busy at the peak → ${f(apiCores / a.plannedCpu)} cores planned, ${processes} process${processes > 1 ? 'es' : ''}`,
      `  PostgreSQL: ${f(pgCores)} cores busy at the peak → ${f(pgCores / a.plannedCpu)} cores planned; ${f(writeRate, 0)} commits/s, WAL ${f(walRate / 1e6)} MB/s; ${connections} pool connections of ${maxConnections} allowed`,
      `  Redis: ${f(peakParticipantsPerSecond * redisCommands, 0)} commands/s, ${f(redisCore * 100, 1)} % of its one core`,
      `  database growth: ${human(afterCampaign)} after the campaign hour, ${human(afterYear)} after a year (rounds at most one campaign's, tips ${a.campaignsPerYear} campaigns', running figures of ${(participants * a.playersPerParticipantYear).toLocaleString('en')} players)`
    )
    // The limits each resource meets, as shares of what one of it gives (the API scales by adding processes, the others do not).
    const limits: [string, number][] = [
      [`pool connections (${connections}) of the ${maxConnections} PostgreSQL allows`, connections / maxConnections],
      [`Redis's one core`, redisCore / a.redisCores],
      [`PostgreSQL cores planned on a ${a.databaseCores}-core database server`, pgCores / a.plannedCpu / a.databaseCores],
      [`commits/s of a ${a.diskWriteIops.toLocaleString('en')}-IOPS disk`, writeRate / a.diskWriteIops],
      [`WAL of a ${a.diskWriteMBps} MB/s disk`, walRate / 1e6 / a.diskWriteMBps]
    ]
    limits.sort((x, y) => y[1] - x[1])
    lines.push(`  next limits past the API processes: ${limits.map(([what, share]) => `${what}: ${f(share * 100, 0)} %`).join('; ')}`)
  }
  return lines
}

async function main(): Promise<void> {
  if (!DATABASE_URL) throw new Error('CAPACITY_DATABASE_URL（或 TEST_DATABASE_URL）未设置：需要一个可以建库、删库的 PostgreSQL')
  const database = `fangfei_capacity_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new Client({ connectionString: DATABASE_URL })
  await admin.connect()
  await admin.query(`create database ${database}`)
  const url = new URL(DATABASE_URL)
  url.pathname = `/${database}`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-capacity-'))
  const redisPort = await freePort()
  const port = await freePort()
  let redisServer: ChildProcess | null = null
  let api: ChildProcess | null = null
  let db: Client | null = null
  let redis: Redis | null = null
  let cleaned = false
  const cleanUp = async () => {
    if (cleaned) return
    cleaned = true
    redis?.disconnect()
    await db?.end().catch(() => undefined)
    if (api && api.exitCode === null && api.signalCode === null) {
      const exited = new Promise((resolve) => api!.once('exit', resolve))
      api.kill()
      await exited
    }
    redisServer?.kill()
    await admin.query(`drop database if exists ${database} with (force)`)
    await admin.end()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  // autocannon throws some errors from its callbacks, past any try: the server, Redis and the database go all the same.
  process.once('uncaughtException', (e) => {
    process.stderr.write(`${e.stack ?? String(e)}\n`)
    void cleanUp().finally(() => process.exit(1))
  })
  try {
    redisServer = await startRedis(redisPort)
    api = await serve(dir, port, {
      DATABASE_URL: url.toString(),
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      DATA_DIR: path.join(dir, 'data'),
      WEB_DIR: path.join(dir, 'no-web'),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '127.0.0.1',
      // The server checks a proof in one hash whatever its strength; low bits only spare this script the phone's work.
      TIP_POW_BITS: '4',
      // Each request comes from an address of its own anyway; these keep a repeated address from being refused.
      TIP_RATE_LIMIT: '1000000',
      QUIZ_RATE_LIMIT: '1000000'
    })
    const base = `http://127.0.0.1:${port}`
    db = new Client({ connectionString: url.toString() })
    await db.connect()
    const client = db
    const waldump = findWaldump()
    const walDir = path.join((await db.query<{ data_directory: string }>('show data_directory')).rows[0].data_directory, 'pg_wal')
    const oid = Number((await db.query<{ oid: string }>('select oid from pg_database where datname = $1', [database])).rows[0].oid)
    const walOfDatabase = waldump !== null && fs.existsSync(walDir)
    takeWalAll = async (from, to) => Number((await client.query<{ d: string }>('select pg_wal_lsn_diff($2, $1) as d', [from, to])).rows[0].d)
    takeWal = async (from, to) => (walOfDatabase ? databaseWal(waldump, walDir, oid, from, to) : { bytes: await takeWalAll(from, to), transactions: null })
    redis = new Redis({ port: redisPort, host: '127.0.0.1' })
    const tables = (await db.query<{ name: string }>(`select relname as name from pg_stat_user_tables`)).rows.map((r) => r.name)
    // What ordinary users may open: max_connections less the superusers' reserve.
    const maxConnections =
      Number((await db.query<{ max_connections: string }>('show max_connections')).rows[0].max_connections) -
      Number((await db.query<{ superuser_reserved_connections: string }>('show superuser_reserved_connections')).rows[0].superuser_reserved_connections)
    const take = (first: 'tables' | 'cpu') => snapshot(client, redis!, api!.pid!, redisServer!.pid!, database, tables, first)
    // Lower priority for this process (autocannon, the proofs): it is the phones, not the server.
    os.setPriority(10)

    const ids = ((await (await fetch(`${base}/api/articles`)).json()) as { items: { id: string }[] }).items.map((x) => x.id)
    const rounds: { roundId: string; questions: { id: string; options: { id: string }[] }[] }[] = []
    const challenges: { challenge: string; bits: number }[] = []
    const texts = adverts(Math.ceil(REQUESTS / 2))
    let i = 0
    let nextRound = 0
    let nextTip = 0
    let nextText = 0
    // Every route in turn, n requests each (a fifth of that for tips, a half for the checker); each pass draws its own rounds and challenges.
    const routes = (n: number): (() => Route)[] => [
      () => getRoute('GET /api/articles', n, () => '/api/articles'),
      () => getRoute('GET /api/articles/:id', n, () => `/api/articles/${ids[i++ % ids.length]}`),
      () => {
        rounds.length = 0
        nextRound = 0
        return postRoute(
          'POST /api/quiz/rounds',
          n,
          // Each round a player of its own: what a participant's first round writes.
          () => ({ path: '/api/quiz/rounds', body: { persona: 'elder', village: '未填', player: `capacity-${String(i++).padStart(8, '0')}` } }),
          (body) => rounds.push(JSON.parse(body))
        )
      },
      () => ({
        ...postRoute('POST /api/quiz/rounds/:id/answers', rounds.length, () => {
          const r = rounds[nextRound++ % rounds.length]
          return { path: `/api/quiz/rounds/${r.roundId}/answers`, body: { answers: r.questions.map((q, k) => ({ questionId: q.id, optionIds: [q.options[k % q.options.length].id] })) } }
        }),
        // Rounds handed in are counted into the running figures about 500 ms later, on the counting thread.
        settle: () => counted(client)
      }),
      // The challenges' answers are the tips' proofs.
      () => {
        challenges.length = 0
        nextTip = 0
        return getRoute(
          'GET /api/tips/challenge',
          Math.ceil(n / 5),
          () => '/api/tips/challenge',
          (body) => challenges.push(JSON.parse(body))
        )
      },
      () =>
        postRoute('POST /api/tips', challenges.length, () => {
          const { challenge, bits } = challenges[nextTip++ % challenges.length]
          const nonce = solve(challenge, bits, (t) => createHash('sha256').update(t).digest())
          return {
            path: '/api/tips',
            body: {
              disguise: 'pension',
              organisation: '某某康养公司',
              place: '某村',
              what: `在村委会门口发传单，说预订养老床位每年返利百分之十，已经有几十位老人交了钱。第${nextTip}条。`,
              amount: '10万到100万元',
              people: '10到50人',
              when: '上个月开始',
              photoIds: [],
              pow: { challenge, nonce }
            }
          }
        }),
      () => postRoute('POST /api/ad-check', Math.ceil(n / 2), () => ({ path: '/api/ad-check', body: { text: texts[nextText++ % texts.length] } }))
    ]
    process.stdout.write(
      `capacity: the API as npm run serve runs it, on PostgreSQL and Redis; ${CONNECTIONS} connections; ${os.cpus().length} cores; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`
    )
    process.stdout.write(`WAL: ${walOfDatabase ? `this database's records only (${waldump})` : "cluster-wide (pg_waldump or the WAL directory not found here), so others' writes count too"}\n`)
    process.stdout.write(`settings for the bench: TIP_POW_BITS=4, TIP_RATE_LIMIT and QUIZ_RATE_LIMIT 1,000,000, TRUST_PROXY=127.0.0.1 with every request from an address of its own\n\n`)
    process.stdout.write(
      `${'route'.padEnd(34)} ${'requests'.padStart(8)} ${'API ms'.padStart(7)} ${'PG ms'.padStart(7)} ${'(all PG)'.padStart(9)} ${'Redis ms'.padStart(9)} ${'Redis cmd'.padStart(9)} ${'WAL'.padStart(9)} ${'(all WAL)'.padStart(10)} ${'commits'.padStart(8)}  req/s  load\n`
    )
    // A pass a fifth as long first, not measured, so the JIT and the caches have settled as they would in a running server.
    for (const make of routes(Math.ceil(REQUESTS / 5))) {
      const route = make()
      const r = await autocannon({ ...route.options(base), amount: route.amount, connections: Math.min(CONNECTIONS, route.amount) })
      await route.settle?.()
      if (r.non2xx + r.errors > 0) throw new Error(`${route.name} failed while warming up: non-2xx ${r.non2xx}, errors ${r.errors}`)
    }
    const costs = new Map<string, Cost>()
    let failures = 0
    for (const make of routes(REQUESTS)) {
      const route = make()
      const settled = await measure(route, base, take)
      costs.set(route.name, settled)
      failures += settled.non2xx + settled.errors
      process.stdout.write(
        `${settled.name.padEnd(34)} ${String(settled.amount).padStart(8)} ${f(settled.apiMs, 3).padStart(7)} ${f(settled.pgMs, 3).padStart(7)} ${f(settled.pgAllMs, 3).padStart(9)} ${f(settled.redisMs, 3).padStart(9)} ${f(settled.redisCommands, 1).padStart(9)} ${kb(settled.walBytes).padStart(9)} ${kb(settled.walAllBytes).padStart(10)} ${(settled.commits === null ? '?' : f(settled.commits, 3)).padStart(8)} ${f(settled.rps, 0).padStart(6)}  ${settled.load}${settled.non2xx + settled.errors > 0 ? `  (non-2xx ${settled.non2xx}, errors ${settled.errors})` : ''}\n`
      )
    }
    process.stdout.write('\nrows and bytes stored per request (pg_total_relation_size, so in whole 8 KB pages: small per-request figures need many requests):\n')
    for (const cost of costs.values()) {
      if (cost.tables.size === 0) continue
      process.stdout.write(`  ${cost.name}: ${[...cost.tables].map(([t, d]) => `${t} ${f(d.rows / cost.amount)} rows ${kb(d.bytes / cost.amount)}`).join(', ')}\n`)
    }
    for (const line of model(costs, maxConnections)) process.stdout.write(`${line}\n`)
    if (failures > 0) {
      process.stdout.write(`\n${failures} requests failed or were refused: the figures above are not to be used\n`)
      process.exitCode = 1
    }
  } finally {
    await cleanUp()
  }
}

/** Waits until the counting thread has counted every hand-in. */
async function counted(db: Client): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    const { rows } = await db.query<{ n: string }>('select count(*) as n from quiz_handins where counted = 0')
    if (Number(rows[0].n) === 0) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('hand-ins not counted within 60 s')
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
  process.exitCode = 1
})
