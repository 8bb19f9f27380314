import type { Selectable } from 'kysely'
import type { ContentStatus, DeskAction, QuizEditorItem } from '../../../src/core/publishing'
import { quizItemProblems, type QuizFields } from '../../../src/core/quiz-item'
import { quizItemColumns } from '../../db/quiz-item-row'
import type { QuizItemTable, Db } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'
import type { ContentEvents } from '../content/events'
import { expectUnchanged, nextRevision, nextStatus, restoreRevision, revisionsOf, writeRevision, type DeskState } from '../workflow/desk'

const THING = '这道题'

/** Refuses an item that breaks a rule of src/core/quiz-item.ts, with the first problem in the editor's order. */
export function checkQuizItem(fields: QuizFields): void {
  const problems = quizItemProblems(fields)
  if (problems.length > 0) throw new AppError(400, 'invalid_item', problems[0])
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

const stateOf = (row: Selectable<QuizItemTable>): DeskState => ({ status: row.status, revision: Number(row.revision) })

/**
 * The office's question bank, written and reviewed like articles (the
 * desk's shared workflow in ../workflow/desk.ts) and imported in bulk.
 * Every change is signalled (`ContentEvents`), so the next round is drawn
 * from the bank as it is now.
 */
export class QuizBank {
  constructor(
    private readonly db: Db,
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
    let q = this.db.selectFrom('quiz_items').select(['id', 'kind', 'category', 'difficulty', 'prompt', 'status', 'revision', 'updated_at'])
    if (status) q = q.where('status', '=', status)
    return (await q.orderBy('updated_at', 'desc').limit(1000).execute()).map((r) => ({
      id: r.id,
      kind: r.kind,
      category: r.category,
      difficulty: r.difficulty,
      prompt: r.prompt,
      status: r.status,
      revision: Number(r.revision),
      updatedAt: r.updated_at
    }))
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

  /** Saves new fields as the next revision; a published item must be withdrawn first, and one waiting for review goes back to draft. */
  async save(actor: Actor, id: string, fields: QuizFields, expectedRevision?: number): Promise<QuizEditorItem> {
    checkQuizItem(fields)
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, id)
      const was = stateOf(row)
      const next = nextRevision(was, expectedRevision, THING)
      // Imported and starter items have no history yet: keep the text as it was before this first edit.
      if ((await revisionsOf(trx, 'quiz', id)).length === 0) await writeRevision(trx, 'quiz', id, was.revision, fieldsOf(row), { id: null, name: '导入或起始题库' }, at)
      const result = await trx
        .updateTable('quiz_items')
        .set({ ...quizItemColumns(fields), ...next, updated_at: at.toISOString(), updated_by: actor.id })
        .where('id', '=', id)
        .where('status', '=', was.status)
        .where('revision', '=', was.revision)
        .executeTakeFirstOrThrow()
      expectUnchanged(result, THING)
      await writeRevision(trx, 'quiz', id, next.revision, fields, actor, at)
      await audit(trx, at, actor, { action: 'quiz.save', targetType: 'quiz', targetId: id, detail: { revision: next.revision, status: next.status } })
    })
    this.events.changed('quiz')
    return this.get(id)
  }

  restore(actor: Actor, id: string, revision: number): Promise<QuizEditorItem> {
    return restoreRevision(this.db, this.now, actor, 'quiz', id, revision, (fields: QuizFields) => this.save(actor, id, fields))
  }

  /** Submit, reject, publish (the revision the publisher reviewed: `reviewed`) or withdraw; rounds drawn from now on see the change. */
  async transition(actor: Actor, id: string, action: DeskAction, detail: Record<string, unknown> = {}, reviewed?: number): Promise<void> {
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, id)
      const was = stateOf(row)
      const status = nextStatus(was, action, THING, reviewed)
      const result = await trx
        .updateTable('quiz_items')
        .set({ status, updated_at: at.toISOString(), updated_by: actor.id })
        .where('id', '=', id)
        .where('status', '=', was.status)
        .where('revision', '=', was.revision)
        .executeTakeFirstOrThrow()
      expectUnchanged(result, THING)
      await audit(trx, at, actor, { action: `quiz.${action}`, targetType: 'quiz', targetId: id, detail: { prompt: row.prompt, revision: was.revision, ...detail } })
    })
    this.events.changed('quiz')
  }
}
