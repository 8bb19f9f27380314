import type { Db } from './database'
import { quizItemColumns } from './quiz-item-row'
import { loadStarterContent, type StarterContent } from './content'

/** Publication time of a dated item: 09:00 in Beijing, stored in UTC. */
const publishedIso = (day: string): string => new Date(`${day}T09:00:00+08:00`).toISOString()

/**
 * Loads the starter content into an empty database, all or nothing. A database
 * that already has articles is left alone: the office's edits are never
 * overwritten on restart.
 */
export async function seedIfEmpty(db: Db, content: StarterContent = loadStarterContent()): Promise<boolean> {
  await seedQuizIfEmpty(db, content)
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  if (Number(row.n) > 0) return false
  const now = new Date().toISOString()
  await db.transaction().execute(async (trx) => {
    if (content.articles.length > 0) {
      await trx
        .insertInto('articles')
        .values(
          content.articles.map((a) => ({
            id: a.id,
            title: a.title,
            category: a.category,
            summary: a.summary,
            body: a.body,
            red_flags: JSON.stringify(a.redFlags),
            published_at: publishedIso(a.publishedAt),
            created_at: now,
            updated_at: now
          }))
        )
        .execute()
    }
    if (content.cases.length > 0) {
      await trx
        .insertInto('case_lessons')
        .values(
          content.cases.map((c) => ({
            id: c.id,
            title: c.title,
            category: c.category,
            summary: c.summary,
            story: c.story,
            outcome: c.outcome,
            lesson: c.lesson,
            red_flags: JSON.stringify(c.redFlags),
            question: JSON.stringify(c.question),
            featured: c.featured ? 1 : 0,
            kind: c.kind,
            source: c.source ?? '',
            source_url: c.sourceUrl ?? '',
            published_at: publishedIso(c.publishedAt),
            created_at: now,
            updated_at: now
          }))
        )
        .execute()
    }
  })
  return true
}

/** The quiz bank is loaded on its own, so a database that predates the quiz still gets it. */
async function seedQuizIfEmpty(db: Db, content: StarterContent): Promise<void> {
  const row = await db
    .selectFrom('quiz_items')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  if (Number(row.n) > 0 || content.quiz.length === 0) return
  const now = new Date().toISOString()
  await db
    .insertInto('quiz_items')
    .values(
      content.quiz.map((q) => ({
        id: q.id,
        ...quizItemColumns(q),
        created_at: now,
        updated_at: now
      }))
    )
    .execute()
}
