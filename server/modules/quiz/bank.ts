import type { Kysely, Selectable, Transaction } from 'kysely'
import type { ContentStatus, DeskAction, QuizEditorItem } from '../../../src/core/publishing'
import { optionId, quizItemProblems, type QuizFields } from '../../../src/core/quiz-item'
import type { Database, QuizItemTable } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'
import type { ContentEvents } from '../content/events'
import { nextRevision, nextStatus, restoreRevision, revisionsOf, writeRevision } from '../publishing/desk'

type Db = Kysely<Database> | Transaction<Database>

/** Refuses an item that breaks a rule of src/core/quiz-item.ts, with the first problem in the editor's order. */
export function checkQuizItem(fields: QuizFields): void {
  const problems = quizItemProblems(fields)
  if (problems.length > 0) throw new AppError(400, 'invalid_item', problems[0])
}

/** The item's columns; options get stable ids (a, b, c …) that answers refer to. Also used to load the starter bank. */
export function quizItemColumns(f: QuizFields) {
  return {
    kind: f.kind,
    category: f.category,
    difficulty: f.difficulty,
    personas: JSON.stringify(f.personas),
    prompt: f.prompt,
    advert: f.advert ? JSON.stringify({ source: f.advert.source, text: f.advert.text }) : null,
    options: JSON.stringify(f.options.map((o, i) => ({ id: optionId(i), text: o.text, correct: o.correct, ...(o.flag ? { flag: o.flag } : {}) }))),
    red_flags: JSON.stringify(f.redFlags),
    explanation: f.explanation
  }
}

function fieldsOf(row: Selectable<QuizItemTable>): QuizFields {
  const advert = row.advert ? (JSON.parse(row.advert) as { source: string; text: string }) : null
  const options = JSON.parse(row.options) as { text: string; correct: boolean; flag?: string }[]
  return {
    kind: row.kind,
    category: row.category,
    difficulty: Number(row.difficulty),
    personas: JSON.parse(row.personas) as string[],
    prompt: row.prompt,
    ...(advert ? { advert: { source: advert.source, text: advert.text } } : {}),
    options: options.map((o) => ({ text: o.text, correct: o.correct, ...(o.flag ? { flag: o.flag } : {}) })),
    redFlags: JSON.parse(row.red_flags) as string[],
    explanation: row.explanation
  }
}

/**
 * The office's question bank, written and reviewed like articles (the
 * desk's shared workflow in ../publishing/desk.ts) and imported in bulk.
 * Every change is signalled (`ContentEvents`), so the next round is drawn
 * from the bank as it is now.
 */
export class QuizBank {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
    private readonly events: ContentEvents
  ) {}

  /** Imports checked items, all or nothing, as waiting for review. */
  async importItems(actor: Actor, items: QuizFields[]): Promise<number> {
    items.forEach(checkQuizItem)
    const iso = this.now().toISOString()
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('quiz_items')
        .values(items.map((q) => ({ id: newId('quiz-'), ...quizItemColumns(q), status: 'review' as const, created_at: iso, updated_at: iso, updated_by: actor.id })))
        .execute()
      await audit(trx, this.now(), actor, { action: 'quiz.import', targetType: 'quiz', detail: { count: items.length } })
    })
    this.events.changed('quiz')
    return items.length
  }

  async listItems(status?: ContentStatus) {
    let q = this.db.selectFrom('quiz_items').select(['id', 'kind', 'category', 'difficulty', 'prompt', 'status', 'updated_at'])
    if (status) q = q.where('status', '=', status)
    return (await q.orderBy('updated_at', 'desc').limit(1000).execute()).map((r) => ({ id: r.id, kind: r.kind, category: r.category, difficulty: r.difficulty, prompt: r.prompt, status: r.status, updatedAt: r.updated_at }))
  }

  private async row(db: Db, id: string) {
    const row = await db.selectFrom('quiz_items').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new AppError(404, 'not_found', '没有这道题。')
    return row
  }

  async get(id: string): Promise<QuizEditorItem> {
    const row = await this.row(this.db, id)
    return { id, kind: 'quiz', status: row.status, revision: Number(row.revision), updatedAt: row.updated_at, fields: fieldsOf(row), revisions: await revisionsOf(this.db, 'quiz', id) }
  }

  /** A new item, as a draft only its writers see. */
  async create(actor: Actor, fields: QuizFields): Promise<QuizEditorItem> {
    checkQuizItem(fields)
    const at = this.now()
    const iso = at.toISOString()
    const id = newId('quiz-')
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('quiz_items')
        .values({ id, ...quizItemColumns(fields), status: 'draft', revision: 1, created_at: iso, updated_at: iso, updated_by: actor.id })
        .execute()
      await writeRevision(trx, 'quiz', id, 1, fields, actor, at)
      await audit(trx, at, actor, { action: 'quiz.create', targetType: 'quiz', targetId: id, detail: { prompt: fields.prompt } })
    })
    this.events.changed('quiz')
    return this.get(id)
  }

  /** Saves new fields as the next revision; a published item must be withdrawn first. */
  async save(actor: Actor, id: string, fields: QuizFields, expectedRevision?: number): Promise<QuizEditorItem> {
    checkQuizItem(fields)
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, id)
      const revision = nextRevision({ status: row.status, revision: Number(row.revision) }, expectedRevision, '这道题')
      // Imported and starter items have no history yet: keep the text as it was before this first edit.
      if ((await revisionsOf(trx, 'quiz', id)).length === 0) await writeRevision(trx, 'quiz', id, revision - 1, fieldsOf(row), { id: null, name: '导入或起始题库' }, at)
      await trx
        .updateTable('quiz_items')
        .set({ ...quizItemColumns(fields), revision, updated_at: at.toISOString(), updated_by: actor.id })
        .where('id', '=', id)
        .execute()
      await writeRevision(trx, 'quiz', id, revision, fields, actor, at)
      await audit(trx, at, actor, { action: 'quiz.save', targetType: 'quiz', targetId: id, detail: { revision } })
    })
    this.events.changed('quiz')
    return this.get(id)
  }

  restore(actor: Actor, id: string, revision: number): Promise<QuizEditorItem> {
    return restoreRevision(this.db, this.now, actor, 'quiz', id, revision, (fields: QuizFields) => this.save(actor, id, fields))
  }

  /** Submit, reject, publish or withdraw; rounds drawn from now on see the change. */
  async transition(actor: Actor, id: string, action: DeskAction, detail: Record<string, unknown> = {}): Promise<void> {
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, id)
      const status = nextStatus(row.status, action)
      await trx.updateTable('quiz_items').set({ status, updated_at: at.toISOString(), updated_by: actor.id }).where('id', '=', id).execute()
      await audit(trx, at, actor, { action: `quiz.${action}`, targetType: 'quiz', targetId: id, detail: { prompt: row.prompt, ...detail } })
    })
    this.events.changed('quiz')
  }
}
