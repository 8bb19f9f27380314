import type { Kysely } from 'kysely'
import type { Database } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'
import type { ImportedItem } from './import'

/**
 * The office's question bank: items are imported or written, reviewed and
 * published here; `onChange` tells the quiz to read the published bank again.
 */
export class QuizBank {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
    private readonly onChange: () => void
  ) {}

  /** Imports checked items, all or nothing, as waiting for review. */
  async importItems(actor: Actor, items: ImportedItem[]): Promise<number> {
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('quiz_items')
        .values(
          items.map((q) => ({
            id: newId('quiz-'),
            kind: q.kind,
            category: q.category,
            difficulty: q.difficulty,
            personas: JSON.stringify(q.personas),
            prompt: q.prompt,
            advert: q.advert ? JSON.stringify(q.advert) : null,
            options: JSON.stringify(q.options),
            red_flags: JSON.stringify(q.redFlags),
            explanation: q.explanation,
            status: 'review',
            created_at: at.toISOString(),
            updated_at: at.toISOString()
          }))
        )
        .execute()
      await audit(trx, at, actor, { action: 'quiz.import', targetType: 'quiz', detail: { count: items.length } })
    })
    return items.length
  }

  async listItems(status?: string) {
    let q = this.db.selectFrom('quiz_items').select(['id', 'kind', 'category', 'difficulty', 'prompt', 'status', 'updated_at'])
    if (status) q = q.where('status', '=', status)
    return (await q.orderBy('updated_at', 'desc').limit(1000).execute()).map((r) => ({ id: r.id, kind: r.kind, category: r.category, difficulty: r.difficulty, prompt: r.prompt, status: r.status, updatedAt: r.updated_at }))
  }

  /** Publishes or withdraws an item; rounds drawn from now on see the change. */
  async setItemStatus(actor: Actor, id: string, status: 'published' | 'withdrawn'): Promise<void> {
    const row = await this.db.selectFrom('quiz_items').select(['status']).where('id', '=', id).executeTakeFirst()
    if (!row) throw new AppError(404, 'not_found', '没有这道题。')
    if (row.status === status) throw new AppError(409, 'wrong_status', status === 'published' ? '这道题已经发布了。' : '这道题已经撤下了。')
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('quiz_items').set({ status, updated_at: at.toISOString() }).where('id', '=', id).execute()
      await audit(trx, at, actor, { action: status === 'published' ? 'quiz.publish' : 'quiz.withdraw', targetType: 'quiz', targetId: id })
    })
    this.onChange()
  }
}
