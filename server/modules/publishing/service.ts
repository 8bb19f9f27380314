import { originProblems, placeProblems } from '../../../src/core/case-kind'
import { bodyProblems } from '../../../src/core/content-rules'
import { imageRefs } from '../../../src/core/body-text'
import type { ArticleFields, CaseFields, DeskAction, EditorItem, EditorListItem, Fields, Kind } from '../../../src/core/publishing'
import type { CheckQuestion } from '../../../src/core/reading-types'
import { toRedFlags } from '../../../src/core/red-flags'
import type { ContentStatus, Db } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'
import type { ContentEvents } from '../content/events'
import type { TownProfile } from '../../../src/core/town'
import { assertMayChange, assertMaySee, hiddenIds, staffSees, townOf } from '../content/towns'
import { expectUnchanged, nextRevision, nextStatus, restoreRevision, revisionsOf, writeRevision, type DeskState } from '../workflow/desk'

const TABLE = { article: 'articles', case: 'case_lessons' } as const
const THING = { article: '这篇文章', case: '这个案例' } as const

/**
 * The office's publishing desk: drafts, review, publishing now or at a set
 * time, withdrawal, and a revision for every save. Every change is audited in
 * the same transaction and signalled once committed, so every cache of
 * content (residents' reading, quiz result links) follows at once.
 */
export class PublishingService {
  constructor(
    private readonly db: Db,
    private readonly events: ContentEvents,
    private readonly now: () => Date,
    /** A town and its villages, where an illustrative case must not be set: the item's town, or the default town for the district's items. */
    private readonly town: (code: string | null) => Promise<Pick<TownProfile, 'name' | 'villages'>>
  ) {}

  private async check<K extends Kind>(kind: K, fields: Fields<K>, town: string | null): Promise<void> {
    const texts = kind === 'article' ? [(fields as ArticleFields).body] : [(fields as CaseFields).story, (fields as CaseFields).outcome, (fields as CaseFields).lesson]
    const problems = texts.flatMap(bodyProblems)
    if (problems.length > 0) throw new AppError(400, 'invalid_body', problems[0])
    const refs = texts.flatMap(imageRefs)
    if (refs.length > 0) {
      const found = await this.db.selectFrom('images').select('id').where('id', 'in', refs).execute()
      const missing = refs.filter((r) => !found.some((f) => f.id === r))
      if (missing.length > 0) throw new AppError(400, 'unknown_image', `正文引用的图片不存在：${missing.join('、')}，请重新上传。`)
    }
    if (kind === 'case') {
      const c = fields as CaseFields
      if (c.question.answer >= c.question.options.length) throw new AppError(400, 'invalid_question', '检验题的答案序号超出了选项范围。')
      const origin = originProblems(c)
      if (origin.length > 0) throw new AppError(400, 'invalid_source', origin[0])
      const places = c.kind === 'illustrative' ? placeProblems([c.title, c.summary, c.story, c.outcome, c.lesson], await this.town(town)) : []
      if (places.length > 0) throw new AppError(400, 'illustrative_here', places[0])
    }
  }

  /** Writes the fields (and the workflow columns) into the item's row, if it is still as `was` (see expectUnchanged). */
  private async writeFields(db: Db, kind: Kind, id: string, fields: ArticleFields | CaseFields, was: DeskState, meta: DeskState & { updated_at: string; updated_by: string | null }) {
    const common = { title: fields.title, category: fields.category, summary: fields.summary, red_flags: JSON.stringify(fields.redFlags), ...meta }
    const c = fields as CaseFields
    const result =
      kind === 'article'
        ? await db
            .updateTable('articles')
            .set({ ...common, body: (fields as ArticleFields).body })
            .where('id', '=', id)
            .where('status', '=', was.status)
            .where('revision', '=', was.revision)
            .executeTakeFirstOrThrow()
        : await db
            .updateTable('case_lessons')
            .set({
              ...common,
              featured: c.featured ? 1 : 0,
              kind: c.kind,
              source: c.source,
              source_url: c.sourceUrl,
              story: c.story,
              outcome: c.outcome,
              lesson: c.lesson,
              question: JSON.stringify(c.question)
            })
            .where('id', '=', id)
            .where('status', '=', was.status)
            .where('revision', '=', was.revision)
            .executeTakeFirstOrThrow()
    expectUnchanged(result, THING[kind])
  }

  private async row(db: Db, kind: Kind, id: string) {
    const row =
      kind === 'article' ? await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst() : await db.selectFrom('case_lessons').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new AppError(404, 'not_found', kind === 'article' ? '没有这篇文章。' : '没有这个案例。')
    return row
  }

  private fieldsOf<K extends Kind>(row: Awaited<ReturnType<PublishingService['row']>>): Fields<K> {
    const common = { title: row.title, category: row.category, summary: row.summary, redFlags: JSON.parse(row.red_flags) as string[] }
    if ('body' in row) return { ...common, body: row.body } as Fields<K>
    return {
      ...common,
      featured: Number(row.featured) === 1,
      kind: row.kind,
      source: row.source,
      sourceUrl: row.source_url,
      story: row.story,
      outcome: row.outcome,
      lesson: row.lesson,
      question: JSON.parse(row.question) as CheckQuestion
    } as Fields<K>
  }

  async create<K extends Kind>(actor: Actor, kind: K, fields: Fields<K>): Promise<EditorItem<K>> {
    await this.check(kind, fields, townOf(actor))
    const at = this.now()
    const id = newId(kind === 'article' ? 'a-' : 'c-')
    const iso = at.toISOString()
    await this.db.transaction().execute(async (trx) => {
      // A bare draft row first, then the same write every later save uses.
      const bare = { id, title: '', category: fields.category, summary: '', red_flags: '[]', status: 'draft' as const, town: townOf(actor), published_at: iso, created_at: iso, updated_at: iso }
      if (kind === 'article')
        await trx
          .insertInto('articles')
          .values({ ...bare, body: '' })
          .execute()
      else
        await trx
          .insertInto('case_lessons')
          .values({ ...bare, story: '', outcome: '', lesson: '', question: '{}' })
          .execute()
      const first: DeskState = { status: 'draft', revision: 1 }
      await this.writeFields(trx, kind, id, fields, first, { ...first, updated_at: iso, updated_by: actor.id })
      await writeRevision(trx, kind, id, 1, fields, actor, at)
      await audit(trx, at, actor, { action: `${kind}.create`, targetType: kind, targetId: id, detail: { title: fields.title } })
    })
    this.events.changed(kind)
    return this.get(actor, kind, id)
  }

  async get<K extends Kind>(actor: Actor, kind: K, id: string): Promise<EditorItem<K>> {
    const row = await this.row(this.db, kind, id)
    assertMaySee(actor, row.town, THING[kind])
    return {
      id,
      kind,
      town: row.town,
      status: row.status,
      publishedAt: row.published_at,
      scheduled: row.status === 'published' && row.published_at > this.now().toISOString(),
      revision: row.revision,
      updatedAt: row.updated_at,
      fields: this.fieldsOf<K>(row),
      revisions: await revisionsOf(this.db, kind, id)
    }
  }

  async list(actor: Actor, kind: Kind, status?: ContentStatus): Promise<EditorListItem[]> {
    let q = this.db.selectFrom(TABLE[kind]).select(['id', 'title', 'category', 'status', 'published_at', 'updated_at', 'town']).where(staffSees(actor))
    if (status) q = q.where('status', '=', status)
    const [rows, hidden] = await Promise.all([q.orderBy('updated_at', 'desc').limit(500).execute(), hiddenIds(this.db, actor.town, TABLE[kind])])
    const now = this.now().toISOString()
    return rows.map((r) => ({
      id: r.id,
      kind,
      title: r.title,
      category: r.category,
      status: r.status,
      publishedAt: r.published_at,
      scheduled: r.status === 'published' && r.published_at > now,
      updatedAt: r.updated_at,
      town: r.town,
      hidden: hidden.has(r.id)
    }))
  }

  /**
   * Saves new text as the next revision. Published items are withdrawn first,
   * so residents never see a half-edited text; an item waiting for review goes
   * back to draft, so no text goes live that its publisher has not seen.
   */
  async save<K extends Kind>(actor: Actor, kind: K, id: string, fields: Fields<K>, expectedRevision?: number): Promise<EditorItem<K>> {
    const before = await this.row(this.db, kind, id)
    assertMayChange(actor, before.town, THING[kind])
    await this.check(kind, fields, before.town)
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, kind, id)
      const next = nextRevision(row, expectedRevision, THING[kind])
      await this.writeFields(trx, kind, id, fields, row, { ...next, updated_at: at.toISOString(), updated_by: actor.id })
      await writeRevision(trx, kind, id, next.revision, fields, actor, at)
      await audit(trx, at, actor, { action: `${kind}.save`, targetType: kind, targetId: id, detail: { revision: next.revision, status: next.status } })
    })
    this.events.changed(kind)
    return this.get(actor, kind, id)
  }

  private async transition(actor: Actor, kind: Kind, id: string, action: DeskAction, extra: { published_at?: string; reviewed?: number } = {}, detail: Record<string, unknown> = {}) {
    const at = this.now()
    const { reviewed, ...columns } = extra
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, kind, id)
      assertMayChange(actor, row.town, THING[kind])
      const to = nextStatus(row, action, THING[kind], reviewed)
      const result = await trx
        .updateTable(TABLE[kind])
        .set({ status: to, ...columns, updated_at: at.toISOString(), updated_by: actor.id })
        .where('id', '=', id)
        .where('status', '=', row.status)
        .where('revision', '=', row.revision)
        .executeTakeFirstOrThrow()
      expectUnchanged(result, THING[kind])
      await audit(trx, at, actor, { action: `${kind}.${action}`, targetType: kind, targetId: id, detail: { title: row.title, revision: row.revision, ...detail } })
    })
    this.events.changed(kind)
  }

  submit(actor: Actor, kind: Kind, id: string) {
    return this.transition(actor, kind, id, 'submit')
  }

  reject(actor: Actor, kind: Kind, id: string, reason: string) {
    return this.transition(actor, kind, id, 'reject', {}, { reason })
  }

  /**
   * Publishes revision `reviewed` (the one the publisher read) now, or at
   * `at`: residents see it from then on, with no further action. A published
   * item cannot be edited, so a scheduled one goes live with that same text.
   */
  publish(actor: Actor, kind: Kind, id: string, reviewed: number, at?: Date) {
    const now = this.now()
    const when = at && at > now ? at : now
    return this.transition(actor, kind, id, 'publish', { published_at: when.toISOString(), reviewed }, { at: when.toISOString() })
  }

  withdraw(actor: Actor, kind: Kind, id: string) {
    return this.transition(actor, kind, id, 'withdraw')
  }

  /** Brings back the text of an earlier revision, as a new revision. */
  restore<K extends Kind>(actor: Actor, kind: K, id: string, revision: number): Promise<EditorItem<K>> {
    // A case revision saved before cases had a kind was an illustrative case.
    const upgrade = (fields: Fields<K>): Fields<K> => (kind === 'case' ? { kind: 'illustrative', source: '', sourceUrl: '', ...fields } : fields)
    return restoreRevision(this.db, this.now, actor, kind, id, revision, (fields: Fields<K>) => this.save(actor, kind, id, upgrade(fields)))
  }

  /** The item exactly as residents would see it, whatever its status. */
  async preview(actor: Actor, kind: Kind, id: string) {
    const row = await this.row(this.db, kind, id)
    assertMaySee(actor, row.town, THING[kind])
    const fields = this.fieldsOf<Kind>(row)
    const base = { id, town: row.town, title: fields.title, category: fields.category, summary: fields.summary, publishedAt: row.published_at, redFlags: toRedFlags(fields.redFlags) }
    if (kind === 'article') return { ...base, body: (fields as ArticleFields).body }
    const c = fields as CaseFields
    return { ...base, featured: c.featured, kind: c.kind, source: c.source, sourceUrl: c.sourceUrl, story: c.story, outcome: c.outcome, lesson: c.lesson, question: c.question }
  }
}
