import { clearInterval, setInterval } from 'node:timers'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { claimTurn } from './turns'

/** Retention purges run hourly; each process looks this often whether a run is due. */
const PURGE_EVERY_MS = 3600000
const PURGE_LOOK_MS = 300000

/**
 * Retention: closed tips and old quiz rounds are deleted at start and then hourly, by one process of
 * however many share the database (each looks every few minutes whether a run is due and claims it).
 */
export const purgesPlugin = fp(
  async function purges(app: FastifyInstance) {
    const { db, now, tips, quizRetention } = app
    const purges: [string, () => Promise<unknown>][] = [
      ['tip-purge', () => tips.purge()],
      ['quiz-purge', () => quizRetention.purge()]
    ]
    const purgeDue = () => Promise.all(purges.map(async ([job, purge]) => (await claimTurn(db, job, now(), PURGE_EVERY_MS)) && purge()))
    await purgeDue()
    const sweep = setInterval(() => void purgeDue().catch((err: unknown) => app.log.error({ err }, 'purge failed')), PURGE_LOOK_MS)
    sweep.unref()
    app.addHook('onClose', async () => clearInterval(sweep))
  },
  { name: 'purges', dependencies: ['foundation', 'tips', 'quiz'] }
)
