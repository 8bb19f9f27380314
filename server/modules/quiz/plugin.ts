import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { QuizBank } from './bank'
import { QuizRetention } from './retention'
import { QuizService } from './service'
import { CountingThread } from './tally-thread'

declare module 'fastify' {
  interface FastifyInstance {
    quiz: QuizService
    quizBank: QuizBank
    quizRetention: QuizRetention
  }
}

export const quizPlugin = fp(
  async function quiz(app: FastifyInstance) {
    const { config, db, now, content } = app
    const counting = new CountingThread({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }, app.log)
    const quiz = new QuizService(db, counting, now, app.campaigns, content)
    // Before the database closes (foundation's hook runs after this one): the counting thread has a connection of its own.
    app.addHook('onClose', async () => quiz.close())
    app.decorate('quiz', quiz)
    app.decorate('quizBank', new QuizBank(db, now, content))
    app.decorate('quizRetention', new QuizRetention(db, now, config.QUIZ_RETENTION_DAYS, counting.turn))
  },
  { name: 'quiz', dependencies: ['foundation', 'content', 'campaigns'] }
)
