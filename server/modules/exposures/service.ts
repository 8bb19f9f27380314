import { sql, type Selectable } from 'kysely'
import type { Page } from '../../../src/core/reading-types'
import type { ExposureTable, Db } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'
import type { ContentEvents } from '../content/events'

export interface ExposureFields {
  name: string
  what: string
  exposedOn: string
  source: string
}

export interface Exposure extends ExposureFields {
  id: string
}

export interface ExposureRecord extends Exposure {
  status: 'published' | 'withdrawn'
  updatedAt: string
}

const toExposure = (r: Selectable<ExposureTable>): Exposure => ({ id: r.id, name: r.name, what: r.what, exposedOn: r.exposed_on, source: r.source })

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** The exposure list (曝光台): organisations the office has warned about or that were found offending. */
export class ExposureService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly events: ContentEvents
  ) {}

  async search(q: string | undefined, page: number, pageSize: number): Promise<Page<Exposure>> {
    let query = this.db.selectFrom('exposures').where('status', '=', 'published')
    if (q) query = query.where(sql`name`, 'like', sql`${likePattern(q)} escape '\\'`)
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy('exposed_on', 'desc').orderBy('id').limit(pageSize).offset((page - 1) * pageSize).execute(),
      query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()
    ])
    return { items: rows.map(toExposure), total: Number(count.n), page, pageSize }
  }

  async list(): Promise<ExposureRecord[]> {
    const rows = await this.db.selectFrom('exposures').selectAll().orderBy('exposed_on', 'desc').limit(1000).execute()
    return rows.map((r) => ({ ...toExposure(r), status: r.status, updatedAt: r.updated_at }))
  }

  private async find(id: string) {
    const row = await this.db.selectFrom('exposures').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new AppError(404, 'not_found', '没有这条曝光信息。')
    return row
  }

  async create(actor: Actor, f: ExposureFields): Promise<ExposureRecord> {
    const at = this.now()
    const id = newId('x-')
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('exposures')
        .values({ id, name: f.name, what: f.what, exposed_on: f.exposedOn, source: f.source, created_at: at.toISOString(), updated_at: at.toISOString() })
        .execute()
      await audit(trx, at, actor, { action: 'exposure.publish', targetType: 'exposure', targetId: id, detail: { name: f.name } })
    })
    this.events.changed('exposure')
    return { id, ...f, status: 'published', updatedAt: at.toISOString() }
  }

  async update(actor: Actor, id: string, f: ExposureFields): Promise<void> {
    await this.find(id)
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('exposures').set({ name: f.name, what: f.what, exposed_on: f.exposedOn, source: f.source, updated_at: at.toISOString() }).where('id', '=', id).execute()
      await audit(trx, at, actor, { action: 'exposure.update', targetType: 'exposure', targetId: id, detail: { name: f.name } })
    })
    this.events.changed('exposure')
  }

  async setStatus(actor: Actor, id: string, status: 'published' | 'withdrawn'): Promise<void> {
    const row = await this.find(id)
    if (row.status === status) throw new AppError(409, 'wrong_status', status === 'published' ? '这条已经在曝光台上了。' : '这条已经撤下了。')
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('exposures').set({ status, updated_at: at.toISOString() }).where('id', '=', id).execute()
      await audit(trx, at, actor, { action: status === 'published' ? 'exposure.publish' : 'exposure.withdraw', targetType: 'exposure', targetId: id, detail: { name: row.name } })
    })
    this.events.changed('exposure')
  }
}
