import { sql, type Selectable } from 'kysely'
import { identifierProblem, IDENTIFIER_LIMITS, LookupIndex, type Exposure, type ExposureRecord, type LookupKey, type LookupKind } from '../../../src/core/lookup'
import type { Page } from '../../../src/core/reading-types'
import type { ExposureTable, Db } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'
import type { ContentEvents } from '../content/events'
import { Memo } from '../../memo'
import { seenIn } from '../../db/towns'
import { assertMayChange, hiddenIds, staffSees, townOf } from '../content/towns'

export interface ExposureFields {
  name: string
  what: string
  exposedOn: string
  source: string
  /** Other names, phone numbers, links and accounts published with it, as the office wrote them. */
  identifiers: string[]
}

const toExposure = (r: Selectable<ExposureTable>): Exposure => ({
  id: r.id,
  name: r.name,
  what: r.what,
  exposedOn: r.exposed_on,
  source: r.source,
  identifiers: JSON.parse(r.identifiers) as string[],
  town: r.town
})

export interface LookupMatch {
  exposure: Exposure
  /** The listed name or identifier that matched, as the office wrote it. */
  matched: string
  kind: LookupKind
}

export interface LookupResult {
  /** What the query was read as. */
  query: LookupKey
  partial: 'short' | 'generic' | null
  matches: LookupMatch[]
}

/** Trimmed, blank-free and searchable, or a 400 that says which one is not. */
function checkedIdentifiers(list: readonly string[]): string[] {
  const trimmed = list.map((x) => x.trim())
  if (trimmed.length > IDENTIFIER_LIMITS.count) throw new AppError(400, 'bad_identifier', `其他名称、电话、网址、账号最多 ${IDENTIFIER_LIMITS.count} 项。`)
  for (const x of trimmed) {
    const problem = identifierProblem(x)
    if (problem) throw new AppError(400, 'bad_identifier', problem)
  }
  return [...new Set(trimmed)]
}

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * The exposure list (曝光台): organisations the office has warned about or that were found offending.
 *
 * 查一查 searches this list and nothing else. Past tips are never searched:
 * their contents are sealed to the office key, and an index of the names in
 * them would be a readable copy of every tip (and a match would tell whoever
 * asks that someone reported that organisation). When the office decides a
 * name from a tip should be public, a publisher puts it here, with what the
 * office says about it, its source and the numbers, links and accounts it
 * chooses to publish (the tip desk's 加入曝光台 only fills the name in); the
 * entry does not point back to the tip, and withdrawing it takes it out of
 * the lookup at once.
 */
export class ExposureService {
  /** The published entries, indexed for 查一查; rebuilt on the next lookup after any change to the list. */
  private readonly index: Memo<{ index: LookupIndex; byId: Map<string, Exposure> }>

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly events: ContentEvents
  ) {
    this.index = new Memo(async () => {
      const rows = await this.db.selectFrom('exposures').selectAll().where('status', '=', 'published').execute()
      const list = rows.map(toExposure)
      return { index: new LookupIndex(list), byId: new Map(list.map((x) => [x.id, x])) }
    })
    events.on(['exposure'], () => this.index.drop())
  }

  /** 查一查: the published entries of a town (its own and the district's) a name, number, link or account matches. */
  async lookup(q: string, town: string): Promise<LookupResult> {
    const [{ index, byId }, hidden] = await Promise.all([this.index.get(), hiddenIds(this.db, town, 'exposures')])
    const answer = index.find(q)
    if (!answer.query) throw new AppError(400, 'bad_query', '没看懂要查什么：请输入名称（至少 2 个字）、电话号码、网址或账号。')
    const query = answer.query
    return {
      query,
      partial: answer.partial,
      matches: answer.hits.flatMap((h) => {
        const exposure = byId.get(h.id)
        const shown = exposure && (exposure.town === town || (exposure.town === null && !hidden.has(exposure.id)))
        return shown ? [{ exposure, matched: h.matched, kind: h.kind }] : []
      })
    }
  }

  async search(town: string, q: string | undefined, page: number, pageSize: number): Promise<Page<Exposure>> {
    let query = this.db.selectFrom('exposures').where('status', '=', 'published').where(seenIn('exposures', town))
    if (q) query = query.where(sql`name`, 'like', sql`${likePattern(q)} escape '\\'`)
    const [rows, count] = await Promise.all([
      query
        .selectAll()
        .orderBy('exposed_on', 'desc')
        .orderBy('id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()
    ])
    return { items: rows.map(toExposure), total: Number(count.n), page, pageSize }
  }

  async list(actor: Actor): Promise<ExposureRecord[]> {
    const [rows, hidden] = await Promise.all([
      this.db.selectFrom('exposures').selectAll().where(staffSees(actor)).orderBy('exposed_on', 'desc').limit(1000).execute(),
      hiddenIds(this.db, actor.town, 'exposures')
    ])
    return rows.map((r) => ({ ...toExposure(r), status: r.status, updatedAt: r.updated_at, hidden: hidden.has(r.id) }))
  }

  /** The entry, if this person may change it (modules/content/towns). */
  private async changeable(actor: Actor, id: string) {
    const row = await this.db.selectFrom('exposures').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new AppError(404, 'not_found', '没有这条曝光信息。')
    assertMayChange(actor, row.town, '这条曝光信息')
    return row
  }

  async create(actor: Actor, fields: ExposureFields): Promise<ExposureRecord> {
    const f = { ...fields, identifiers: checkedIdentifiers(fields.identifiers) }
    const at = this.now()
    const id = newId('x-')
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('exposures')
        .values({
          id,
          name: f.name,
          what: f.what,
          exposed_on: f.exposedOn,
          source: f.source,
          identifiers: JSON.stringify(f.identifiers),
          town: townOf(actor),
          created_at: at.toISOString(),
          updated_at: at.toISOString()
        })
        .execute()
      await audit(trx, at, actor, { action: 'exposure.publish', targetType: 'exposure', targetId: id, detail: { name: f.name } })
    })
    this.events.changed('exposure')
    return { id, ...f, town: townOf(actor), status: 'published', updatedAt: at.toISOString(), hidden: false }
  }

  async update(actor: Actor, id: string, fields: ExposureFields): Promise<void> {
    const f = { ...fields, identifiers: checkedIdentifiers(fields.identifiers) }
    await this.changeable(actor, id)
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('exposures')
        .set({ name: f.name, what: f.what, exposed_on: f.exposedOn, source: f.source, identifiers: JSON.stringify(f.identifiers), updated_at: at.toISOString() })
        .where('id', '=', id)
        .execute()
      await audit(trx, at, actor, { action: 'exposure.update', targetType: 'exposure', targetId: id, detail: { name: f.name } })
    })
    this.events.changed('exposure')
  }

  async setStatus(actor: Actor, id: string, status: 'published' | 'withdrawn'): Promise<void> {
    const row = await this.changeable(actor, id)
    if (row.status === status) throw new AppError(409, 'wrong_status', status === 'published' ? '这条已经在曝光台上了。' : '这条已经撤下了。')
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('exposures').set({ status, updated_at: at.toISOString() }).where('id', '=', id).execute()
      await audit(trx, at, actor, { action: status === 'published' ? 'exposure.publish' : 'exposure.withdraw', targetType: 'exposure', targetId: id, detail: { name: row.name } })
    })
    this.events.changed('exposure')
  }
}
