import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Session } from 'node:inspector/promises'
import { buildApp } from '../server/app'
import { loadConfig } from '../server/config'
async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-bench-'))
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' })
  const app = await buildApp(config, { logger: { stream: fs.createWriteStream(path.join(dataDir, 'server.log')) } })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const session = new Session(); session.connect()
  process.on('message', (m: any) => {
    if (m.rounds) void (async () => {
      const papers: any[] = []
      for (let i = 0; i < m.rounds; i++) {
        const r = await app.quiz.draw({ persona: 'elder', village: `村${i % 20}`, player: `bench-player-${i % 5000}` })
        papers.push({ path: `/api/quiz/rounds/${r.roundId}/answers`, body: JSON.stringify({ answers: r.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[0].id] })) }) })
      }
      await session.post('Profiler.enable'); await session.post('Profiler.start')
      process.send?.({ papers })
    })()
    if (m.stop) void (async () => {
      const { profile } = await session.post('Profiler.stop')
      fs.writeFileSync('/tmp/prof/load.cpuprofile', JSON.stringify(profile))
      process.exit(0)
    })()
  })
  process.send?.({ address })
}
main()
