/**
 * The two servers the benchmark compares, each started in its own process by
 * bench/run.ts: `bare` is the smallest Fastify route there is, `app` is the
 * real server with its starter content, configured as `npm start` runs it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks'
import Fastify from 'fastify'
import { buildApp } from '../server/app'
import { loadConfig } from '../server/config'
import { fillQuizHistory } from './quiz-history'

async function main(kind: string | undefined): Promise<void> {
  if (kind === 'bare') {
    const bare = Fastify()
    bare.get('/bare', async () => ({ hello: 'world' }))
    const address = await bare.listen({ port: 0, host: '127.0.0.1' })
    process.send?.({ address })
    return
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-bench-'))
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' })
  // Request logs go to a file, as they would in production; never to the terminal running the bench.
  const logFile = fs.createWriteStream(path.join(dataDir, 'server.log'))
  const app = await buildApp(config, { logger: { stream: logFile } })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const pauses = gcPauses()
  process.on('message', (m: { rounds?: number; history?: number; gc?: 'start' | 'stop' }) => {
    // The soak asks for the collector's pauses of each phase.
    if (m.gc === 'start') return pauses.start()
    if (m.gc === 'stop') return process.send?.({ gc: pauses.stop() })
    // The scaling bench asks for a year of played rounds first.
    if (m.history) {
      fillQuizHistory(path.join(dataDir, 'fangfei.sqlite'), m.history, new Date())
      process.send?.({ history: m.history })
      return
    }
    // The quiz bench asks for rounds to answer: made here, in-process, before the load starts.
    if (!m.rounds) return
    void (async () => {
      const papers: { path: string; body: string }[] = []
      const town = (await app.town.get()).code
      // Drawn in groups, as a crowd of phones would, so their writes share flushes to disk.
      for (let i = 0; i < m.rounds!; i += 500) {
        const group = Array.from({ length: Math.min(500, m.rounds! - i) }, (_, j) => i + j)
        const rounds = await Promise.all(group.map((n) => app.quiz.draw({ persona: 'elder', village: `村${n % 20}`, player: `bench-player-${n % 5000}`, town })))
        for (const r of rounds)
          papers.push({ path: `/api/quiz/rounds/${r.roundId}/answers`, body: JSON.stringify({ answers: r.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[0].id] })) }) })
      }
      process.send?.({ papers })
    })()
  })
  process.send?.({ address })
  process.once('disconnect', () => {
    void app.close().then(() => fs.rmSync(dataDir, { recursive: true, force: true }))
  })
}

/** Pauses of the event loop for garbage collection, in ms, by kind. */
export interface GcPauses {
  /** Young-generation scavenges. */
  minor: number[]
  /** Full mark-compacts of the old generation. */
  major: number[]
  /** Steps of incremental marking that lead to a mark-compact, taken on the event loop. */
  incremental: number[]
}

/** Records the collector's pauses between start and stop (nothing is observed otherwise). */
function gcPauses(): { start: () => void; stop: () => GcPauses } {
  let seen: GcPauses = { minor: [], major: [], incremental: [] }
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) {
      const kind = entry.detail?.kind
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) seen.minor.push(entry.duration)
      else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) seen.major.push(entry.duration)
      else if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) seen.incremental.push(entry.duration)
    }
  })
  return {
    start: () => {
      seen = { minor: [], major: [], incremental: [] }
      observer.observe({ entryTypes: ['gc'] })
    },
    stop: () => {
      observer.disconnect()
      return seen
    }
  }
}

void main(process.argv[2])
