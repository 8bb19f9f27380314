import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual, type KeyObject } from 'node:crypto'
import path from 'node:path'
import { sql, type Selectable } from 'kysely'
import { beijingDayStart, beijingToday } from '../../../src/core/campaign'
import { leadingZeroBits, workInput } from '../../../src/core/proof-of-work'
import {
  CASE_FLOWS,
  statusLabel,
  TIP_LIMITS,
  type CaseKind,
  type DeskCase,
  type DeskCaseDetail,
  type DeskCasePage,
  type FeedbackContent,
  type SpamView,
  type TipContent,
  type TipStatusCode,
  type TipsterView
} from '../../../src/core/tips'
import type { TipTable, Db } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { Memo } from '../../memo'
import { storedSecret } from '../../db/stored-secret'
import { audit, type Actor } from '../audit/service'
import { decrypt, encrypt, seal, slowKey, unseal } from '../keys/crypto'
import type { KeyRing, OfficeKeys } from '../keys/keyring'
import { adoptFiles } from '../images/files-from-before'
import type { ImageProcessor } from '../images/processor'
import type { Shared } from '../../shared'

const CHALLENGE_TTL_MS = 10 * 60 * 1000
const UNATTACHED_PHOTO_HOURS = 24
/**
 * Photos uploaded but not (yet) sent with a tip, across all senders. A tip's
 * photos are attached within minutes, so a real town never has more than a
 * handful; this bounds what senders from many addresses could pile up in
 * the database (at most about 2 GB) until the purge.
 */
export const UNATTACHED_PHOTO_CAP = 1000
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024

/** What a resident files: a tip with its photos, or feedback (投诉建议). */
export type CaseInput = ({ kind: 'tip'; content: TipContent; photoIds: string[] } | { kind: 'feedback'; content: FeedbackContent; photoIds: [] }) & {
  /** The town whose office receives it; null for the district's. */
  town: string | null
}

// What the desk's search looks in: what the resident filed, not the messages.
const SEARCHED: Record<CaseKind, string[]> = { tip: ['organisation', 'place', 'what', 'when', 'contact'], feedback: ['what', 'contact'] }

/** One page of the desk: what the database can filter, and what only the decrypted case can answer. */
export interface DeskQuery {
  kind: CaseKind
  status?: TipStatusCode
  spam: SpamView
  photos?: boolean
  /** ISO times: from inclusive, to exclusive. */
  from?: string
  to?: string
  disguise?: string
  village?: string
  /** Feedback's topic. */
  topic?: string
  /** A town's code, or null for the district's own cases. */
  town?: string | null
  /** Words to find in what the tipster wrote. */
  q?: string
  after?: string
  limit: number
}

// Contents are encrypted, so a search decrypts as it goes: at most this many
// tips per request, read in batches so the event loop is free between them.
// A handler who wants more asks for the next page, which goes on from there.
export const DESK_SCAN_LIMIT = 300
const DESK_SCAN_BATCH = 50

/** A photo's handle as its uploader holds it: the row's id and, after a dot, the photo's key (base64url). */
const PHOTO_HANDLE = /^(p[a-z0-9]{1,40})(?:\.([A-Za-z0-9_-]{43}))?$/

/** The dashboard's counts (TipService.counts). */
export interface TipCounts {
  days: { day: string; tips: number; feedback: number }[]
  /** Per office: a town's code, or null for the district's own. */
  byTown: { town: string | null; tips: number; feedback: number; closed: number }[]
}

const HOUR = 3600000
/**
 * Times stored with a tip are coarse, so that none can be matched to a
 * network log that saw the tipster's request: a tip's own times to its day
 * (Beijing), messages, photos and later changes to the hour.
 */
const toHour = (at: Date) => new Date(Math.floor(at.getTime() / HOUR) * HOUR).toISOString()
const toDay = (at: Date) => new Date(beijingDayStart(beijingToday(at))).toISOString()

const badCursor = () => new AppError(400, 'bad_cursor', '翻页位置不对，请回到第一页重新查看。')
/** Where a page of the desk stopped: the last tip looked at. */
type Place = { created_at: string; id: string }
const encodeCursor = (tip: Place) => Buffer.from(JSON.stringify([tip.created_at, tip.id])).toString('base64url')
function decodeCursor(cursor: string): Place {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString())
  } catch {
    throw badCursor()
  }
  if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === 'string' && v.length <= 40)) throw badCursor()
  return { created_at: value[0] as string, id: value[1] as string }
}

const notFound = () => new AppError(404, 'no_such_receipt', '没有找到这个回执码，请核对后再试。')

/**
 * The anonymous tip box. Nothing here knows who a tipster is: no address,
 * agent or device ever reaches it. What they wrote is encrypted with a key of
 * the tip's own, which is sealed to the office and separately locked with the
 * receipt; the receipt itself is kept only as a slow hash.
 */
export class TipService {
  // The site salt of receipt keys: made on first use, never changed (every receipt depends on it).
  private readonly siteSalt = new Memo(() => storedSecret(this.db, 'receipt_salt', 16, this.now()))
  // Proof-of-work challenges are signed, so the server keeps nothing until one is spent (then shared.count, across processes).
  // The key is stored once for the deployment: a phone behind the proxy may fetch its challenge from one process and
  // send its proof to another.
  private readonly secret = new Memo(() => storedSecret(this.db, 'pow_key', 32, this.now()))
  // How often each challenge was used: once for a tip, or for up to one tip's photos.

  constructor(
    private readonly db: Db,
    private readonly keys: KeyRing,
    private readonly now: () => Date,
    readonly powBits: number,
    private readonly images: ImageProcessor,
    private readonly shared: Shared
  ) {}

  /** From a receipt: the lookup value stored with the tip, and the key that opens it for the tipster. */
  private async derive(receipt: string): Promise<{ lookup: string; key: Buffer }> {
    const out = await slowKey(receipt, await this.siteSalt.get(), 64)
    return { lookup: createHash('sha256').update(out.subarray(0, 32)).digest('hex'), key: out.subarray(32) }
  }

  async challenge(): Promise<{ challenge: string; bits: number }> {
    const body = `${this.now().getTime()}.${randomBytes(12).toString('hex')}`
    return {
      challenge: `${body}.${createHmac('sha256', await this.secret.get())
        .update(body)
        .digest('hex')}`,
      bits: this.powBits
    }
  }

  /**
   * Checks a solved challenge. A tip spends its own; the photos of one tip
   * (uploaded as they are chosen, before the tip) may share one, so a phone
   * solves once for all of them.
   */
  async checkWork(pow: { challenge: string; nonce: string }, use: 'tip' | 'photo' | 'flyer'): Promise<void> {
    const { challenge, nonce } = pow
    const fail = () => new AppError(400, 'bad_proof', '提交校验没有通过，请重新提交一次（手机会自动再算一遍）。')
    const parts = challenge.split('.')
    if (parts.length !== 3) throw fail()
    const body = `${parts[0]}.${parts[1]}`
    const expected = createHmac('sha256', await this.secret.get())
      .update(body)
      .digest()
    const given = Buffer.from(parts[2], 'hex')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw fail()
    if (this.now().getTime() - Number(parts[0]) > CHALLENGE_TTL_MS) throw new AppError(400, 'proof_expired', '页面停留太久了，请重新提交。')
    if (leadingZeroBits(createHash('sha256').update(workInput(challenge, nonce)).digest()) < this.powBits) throw fail()
    const { n } = await this.shared.count(`pow:${use}:${challenge}`, CHALLENGE_TTL_MS)
    // A tip's photos share one challenge; a tip, or a flyer photo to read (广告体检), has one of its own.
    if (n > (use === 'photo' ? TIP_LIMITS.photos : 1)) throw fail()
  }

  /**
   * Stores a photo with its location and device metadata removed, encrypted
   * under a key of its own that is not stored: the uploader gets it back in
   * the photo's handle (`id.key`), and only the tip or message the photo comes
   * with seals it, to the office that case goes to. So a photo waiting for its
   * tip opens for no one, and it can go to whichever town the tip names.
   */
  async storePhoto(data: Buffer | readonly Buffer[]): Promise<string> {
    const { waiting } = await this.db
      .selectFrom('tip_photos')
      .select((eb) => eb.fn.countAll<number>().as('waiting'))
      .where('tip_id', 'is', null)
      .executeTakeFirstOrThrow()
    if (Number(waiting) >= UNATTACHED_PHOTO_CAP) throw new AppError(503, 'photos_full', '现在暂时收不了照片。您可以先不带照片提交举报，或过几个小时再试。')
    const clean = (await this.images.clean(data, 'tip')).data
    const id = newId('p')
    const key = randomBytes(32)
    await this.db
      .insertInto('tip_photos')
      .values({ id, tip_id: null, key_office: '', key_town: null, created_at: toHour(this.now()), data: encrypt(key, clean) })
      .execute()
    return `${id}.${key.toString('base64url')}`
  }

  /**
   * Attaches uploaded photos, sealing each one's key to the office that
   * `keyTown` names (`office`, its public key, read before the transaction:
   * SQLite's one connection is the transaction's until it ends); they take
   * the time of what they came with, no finer than it. A handle without a key is a photo uploaded before photos kept
   * their keys out of the database: it stays sealed to the district's key.
   */
  private async attach(trx: Db, tipId: string, handles: string[], at: string, keyTown: string | null, office: KeyObject): Promise<void> {
    if (handles.length === 0) return
    const unknown = () => new AppError(400, 'unknown_photo', '有照片没有上传成功或已过期，请重新选择照片。')
    const photos = handles.map((h) => {
      const m = PHOTO_HANDLE.exec(h)
      if (!m) throw unknown()
      return { id: m[1], key: m[2] as string | undefined }
    })
    const ids = photos.map((p) => p.id)
    const fresh = new Date(this.now().getTime() - UNATTACHED_PHOTO_HOURS * 3600000).toISOString()
    const rows = await trx.selectFrom('tip_photos').select(['id', 'key_office']).where('id', 'in', ids).where('tip_id', 'is', null).where('created_at', '>=', fresh).execute()
    if (rows.length !== new Set(ids).size) throw unknown()
    for (const { id, key } of photos) {
      const legacy = rows.find((r) => r.id === id)!.key_office !== ''
      if (legacy !== !key) throw unknown()
      await trx
        .updateTable('tip_photos')
        .set(key ? { tip_id: tipId, created_at: at, key_office: seal(office, Buffer.from(key, 'base64url')).toString('base64'), key_town: keyTown } : { tip_id: tipId, created_at: at })
        .where('id', '=', id)
        .execute()
    }
  }

  /** Adds a message at the end of a tip's conversation. */
  private async addMessage(trx: Db, tipId: string, kind: 'tipster' | 'office' | 'note', dataKey: Buffer, text: string, authorId: string | null, at: string): Promise<void> {
    const last = await trx
      .selectFrom('tip_messages')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('tip_id', '=', tipId)
      .executeTakeFirst()
    await trx
      .insertInto('tip_messages')
      .values({ id: newId('m'), tip_id: tipId, kind, sealed: encrypt(dataKey, Buffer.from(text)).toString('base64'), author_id: authorId, created_at: at, seq: Number(last?.seq ?? 0) + 1 })
      .execute()
  }

  private newReceipt(): string {
    return Array.from({ length: 16 }, () => randomInt(10)).join('')
  }

  /**
   * Files a tip or feedback and returns its receipt, only after the
   * transaction that holds it has committed (SQLite with synchronous=FULL, or
   * PostgreSQL). Each spends a solved challenge of its own.
   */
  async submit({ kind, content, photoIds, town }: CaseInput, pow: { challenge: string; nonce: string }): Promise<string> {
    await this.checkWork(pow, 'tip')
    const receipt = this.newReceipt()
    const { lookup, key: receiptKey } = await this.derive(receipt)
    const dataKey = randomBytes(32)
    const at = toDay(this.now())
    const id = newId('t')
    const officeKey = await this.keys.sealingKey(town)
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('tips')
        .values({
          id,
          kind,
          lookup,
          status: 'new',
          unit: null,
          town,
          key_office: seal(officeKey, dataKey).toString('base64'),
          key_town: town,
          key_tipster: encrypt(receiptKey, dataKey).toString('base64'),
          sealed: encrypt(dataKey, Buffer.from(JSON.stringify(content))).toString('base64'),
          created_at: at,
          updated_at: at,
          closed_at: null,
          spam_at: null
        })
        .execute()
      await this.attach(trx, id, photoIds, at, town, officeKey)
    })
    return receipt
  }

  private async openByReceipt(receipt: string) {
    const { lookup, key } = await this.derive(receipt)
    const tip = await this.db.selectFrom('tips').selectAll().where('lookup', '=', lookup).executeTakeFirst()
    if (!tip) throw notFound()
    return { tip, dataKey: decrypt(key, Buffer.from(tip.key_tipster, 'base64')) }
  }

  async lookup(receipt: string): Promise<TipsterView> {
    const { tip, dataKey } = await this.openByReceipt(receipt)
    const messages = await this.db.selectFrom('tip_messages').selectAll().where('tip_id', '=', tip.id).where('kind', '!=', 'note').orderBy('seq').orderBy('id').execute()
    // Feedback's topic tells the resident which of their notes this receipt is; a tip's contents stay sealed.
    const topic = tip.kind === 'feedback' ? (JSON.parse(decrypt(dataKey, Buffer.from(tip.sealed, 'base64')).toString()) as FeedbackContent).topic : undefined
    return {
      kind: tip.kind,
      ...(topic ? { topic } : {}),
      status: tip.status,
      statusLabel: CASE_FLOWS[tip.kind].residentLabels[tip.status] ?? statusLabel(tip.kind, tip.status),
      createdAt: tip.created_at,
      messages: messages.map((m) => ({ from: m.kind === 'office' ? 'office' : 'tipster', text: decrypt(dataKey, Buffer.from(m.sealed, 'base64')).toString(), at: m.created_at }))
    }
  }

  async addTipsterMessage(receipt: string, text: string, photoIds: string[]): Promise<void> {
    const { tip, dataKey } = await this.openByReceipt(receipt)
    const { noun } = CASE_FLOWS[tip.kind]
    if (tip.status === 'closed' || tip.status === 'rejected') throw new AppError(409, 'tip_closed', `这条${noun}已经办结，不能再补充了。如有新情况，请重新提交。`)
    if (tip.kind === 'feedback' && photoIds.length > 0) throw new AppError(400, 'no_photos', '投诉建议不收照片，请用文字写明。')
    const at = toHour(this.now())
    const office = await this.keys.sealingKey(tip.key_town)
    await this.db.transaction().execute(async (trx) => {
      await this.addMessage(trx, tip.id, 'tipster', dataKey, text, null, at)
      await this.attach(trx, tip.id, photoIds, at, tip.key_town, office)
      await trx.updateTable('tips').set({ updated_at: at }).where('id', '=', tip.id).execute()
    })
  }

  // ---- the office's desk: every call needs the office key unlocked in the handler's session

  private dataKeyFor(keys: OfficeKeys, sealed: { key_office: string; key_town: string | null }): Buffer {
    return unseal(keys.for(sealed.key_town), Buffer.from(sealed.key_office, 'base64'))
  }

  private toDesk(keys: OfficeKeys, tip: Selectable<TipTable>, photoCount: number): DeskCase {
    const content: unknown = JSON.parse(decrypt(this.dataKeyFor(keys, tip), Buffer.from(tip.sealed, 'base64')).toString())
    const common = {
      id: tip.id,
      status: tip.status,
      statusLabel: statusLabel(tip.kind, tip.status),
      unit: tip.unit,
      town: tip.town,
      createdAt: tip.created_at,
      updatedAt: tip.updated_at,
      spam: tip.spam_at !== null,
      photoCount
    }
    return tip.kind === 'tip' ? { ...common, kind: 'tip', content: content as TipContent } : { ...common, kind: 'feedback', content: content as FeedbackContent }
  }

  /**
   * How many tips and pieces of feedback came in, by Beijing day and by the
   * office they went to, spam left out: the district's dashboard. Counted
   * from the rows' own columns (day, office, kind, status), never from what
   * is sealed, so no key is needed and nothing of a tip is read. A town's
   * people count their own town's; the district's, every office's or the
   * one named (`town`: a town's code, or null for the district's own).
   */
  async counts(actor: Actor, range: { start: string; end: string }, town?: string | null): Promise<TipCounts> {
    let q = this.db
      .selectFrom('tips')
      .select(['town', 'kind', 'created_at', (eb) => eb.fn.countAll<number | string>().as('n'), (eb) => eb.fn.sum<number | string>(sql`case when status = 'closed' then 1 else 0 end`).as('closed')])
      .where('spam_at', 'is', null)
      .where('created_at', '>=', range.start)
      .where('created_at', '<', range.end)
    const only = actor.town ? actor.town : town
    if (only !== undefined) q = q.where('town', only === null ? 'is' : '=', only)
    const rows = await q.groupBy(['town', 'kind', 'created_at']).execute()
    const days = new Map<string, { day: string; tips: number; feedback: number }>()
    const offices = new Map<string | null, { town: string | null; tips: number; feedback: number; closed: number }>()
    for (const r of rows) {
      const day = beijingToday(new Date(r.created_at))
      const n = Number(r.n)
      const d = days.get(day) ?? { day, tips: 0, feedback: 0 }
      const o = offices.get(r.town) ?? { town: r.town, tips: 0, feedback: 0, closed: 0 }
      d[r.kind === 'tip' ? 'tips' : 'feedback'] += n
      o[r.kind === 'tip' ? 'tips' : 'feedback'] += n
      o.closed += Number(r.closed ?? 0)
      days.set(day, d)
      offices.set(r.town, o)
    }
    // Offices with equal counts in a fixed order: the grouped rows come in a different order from SQLite and PostgreSQL.
    return {
      days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
      byTown: [...offices.values()].sort((a, b) => b.tips + b.feedback - (a.tips + a.feedback) || (a.town ?? '').localeCompare(b.town ?? ''))
    }
  }

  /**
   * One page of the desk, newest first, by (created_at, id): a page goes on
   * from where the last one stopped, so tips filed meanwhile never shift it.
   * Status, spam, dates and photos are filtered by the database; disguise,
   * village and words are inside the encrypted contents, so those are
   * decrypted and tested here, looking at no more than DESK_SCAN_LIMIT tips.
   */
  async list(keys: OfficeKeys, query: DeskQuery): Promise<DeskCasePage> {
    // A town's handlers see their town's cases, whatever the filter asks.
    const f = keys.own.town === null ? query : { ...query, town: keys.own.town }
    const q = f.q?.trim().toLowerCase()
    const filtering = Boolean(f.disguise || f.village || f.topic || q)
    const matches = (c: Partial<Record<string, string>>) =>
      (!f.disguise || c.disguise === f.disguise) &&
      (!f.village || c.place === f.village) &&
      (!f.topic || c.topic === f.topic) &&
      (!q || SEARCHED[f.kind].some((field) => c[field]?.toLowerCase().includes(q)))
    const batch = filtering ? DESK_SCAN_BATCH : f.limit + 1
    let last = f.after ? decodeCursor(f.after) : undefined
    const items: DeskCase[] = []
    let scanned = 0
    for (;;) {
      const rows = await this.deskRows(f, last, batch)
      for (const row of rows) {
        // A row beyond a full page: there is more, from the last tip looked at.
        if (items.length === f.limit) return { items, next: encodeCursor(last!), scanned }
        scanned++
        last = row
        const tip = this.toDesk(keys, row, Number(row.photo_count))
        if (matches(tip.content)) items.push(tip)
      }
      if (rows.length < batch) return { items, next: null, scanned }
      if (scanned >= DESK_SCAN_LIMIT) return { items, next: encodeCursor(last!), scanned }
    }
  }

  private deskRows(f: DeskQuery, after: Place | undefined, limit: number) {
    let q = this.db
      .selectFrom('tips')
      .selectAll('tips')
      .select((eb) => eb.selectFrom('tip_photos').select(eb.fn.countAll<string | number>().as('n')).whereRef('tip_photos.tip_id', '=', 'tips.id').as('photo_count'))
      .where('kind', '=', f.kind)
    if (f.spam !== 'all') q = q.where('spam_at', f.spam === 'only' ? 'is not' : 'is', null)
    if (f.status) q = q.where('status', '=', f.status)
    if (f.town !== undefined) q = q.where('town', f.town === null ? 'is' : '=', f.town)
    if (f.from) q = q.where('created_at', '>=', f.from)
    if (f.to) q = q.where('created_at', '<', f.to)
    if (f.photos !== undefined) {
      q = q.where((eb) => {
        const some = eb.exists(eb.selectFrom('tip_photos').select('tip_photos.id').whereRef('tip_photos.tip_id', '=', 'tips.id'))
        return f.photos ? some : eb.not(some)
      })
    }
    if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.created_at), eb.and([eb('created_at', '=', after.created_at), eb('tips.id', '<', after.id)])]))
    return q.orderBy('created_at', 'desc').orderBy('tips.id', 'desc').limit(limit).execute()
  }

  /** Sets tips aside as spam, or takes them back; only new tips nobody works on can be spam. Each change is audited. */
  async markSpam(actor: Actor, keys: OfficeKeys, ids: string[], spam: boolean): Promise<number> {
    const at = this.now()
    return this.db.transaction().execute(async (trx) => {
      const rows = (await trx.selectFrom('tips').select(['id', 'kind', 'status', 'spam_at', 'town']).where('id', 'in', ids).execute()).filter((r) => keys.covers(r.town))
      if (rows.length !== ids.length) throw new AppError(404, 'not_found', '有的线索已经不在了，请刷新列表后再选。')
      if (spam && rows.some((r) => r.status !== 'new')) throw new AppError(409, 'not_new', `只有“${statusLabel(rows[0].kind, 'new')}”能标为垃圾；已经在办的请按流程办结。`)
      const changing = rows.filter((r) => (r.spam_at !== null) !== spam)
      if (changing.length === 0) return 0
      await trx
        .updateTable('tips')
        .set({ spam_at: spam ? toHour(at) : null })
        .where(
          'id',
          'in',
          changing.map((r) => r.id)
        )
        .execute()
      for (const r of changing) await audit(trx, at, actor, { action: `${r.kind}.${spam ? 'spam' : 'unspam'}`, targetType: r.kind, targetId: r.id })
      return changing.length
    })
  }

  /** A case the handler's keys cover; another town's is answered as no case at all. */
  private async row(id: string, keys: OfficeKeys) {
    const tip = await this.db.selectFrom('tips').selectAll().where('id', '=', id).executeTakeFirst()
    if (!tip || !keys.covers(tip.town)) throw new AppError(404, 'not_found', '没有这条线索。')
    return tip
  }

  async get(keys: OfficeKeys, id: string): Promise<DeskCaseDetail> {
    const tip = await this.row(id, keys)
    const dataKey = this.dataKeyFor(keys, tip)
    const [messages, photos, staff] = await Promise.all([
      this.db.selectFrom('tip_messages').selectAll().where('tip_id', '=', id).orderBy('seq').orderBy('id').execute(),
      this.db.selectFrom('tip_photos').select('id').where('tip_id', '=', id).orderBy('created_at').orderBy('id').execute(),
      this.db.selectFrom('staff_users').select(['id', 'display_name']).execute()
    ])
    return {
      ...this.toDesk(keys, tip, photos.length),
      messages: messages.map((m) => ({
        id: m.id,
        kind: m.kind,
        text: decrypt(dataKey, Buffer.from(m.sealed, 'base64')).toString(),
        at: m.created_at,
        author: m.author_id ? (staff.find((s) => s.id === m.author_id)?.display_name ?? null) : null
      })),
      photoIds: photos.map((p) => p.id)
    }
  }

  async photo(keys: OfficeKeys, photoId: string): Promise<Buffer> {
    const row = /^p[a-z0-9]{1,40}$/.test(photoId)
      ? await this.db
          .selectFrom('tip_photos')
          .innerJoin('tips', 'tips.id', 'tip_photos.tip_id')
          .select(['tip_photos.key_office', 'tip_photos.key_town', 'tip_photos.data', 'tips.town'])
          .where('tip_photos.id', '=', photoId)
          .executeTakeFirst()
      : undefined
    // A row from before whose file was missing at start has no photo to give; another town's is not there at all.
    if (!row?.data || !keys.covers(row.town)) throw new AppError(404, 'not_found', '没有这张照片。')
    return decrypt(this.dataKeyFor(keys, row), row.data)
  }

  async message(actor: Actor, keys: OfficeKeys, id: string, kind: 'office' | 'note', text: string): Promise<void> {
    const tip = await this.row(id, keys)
    // An ended case is never reopened and its resident can add nothing more, so the office's word is final too; notes stay internal and allowed.
    if (kind === 'office' && (tip.status === 'closed' || tip.status === 'rejected')) {
      throw new AppError(409, 'tip_closed', `这条${CASE_FLOWS[tip.kind].item}${tip.status === 'closed' ? '已经办结' : '已不予受理'}，不能再回复。`)
    }
    const dataKey = this.dataKeyFor(keys, tip)
    const at = this.now()
    // Answering a new case is working on it: it moves on to 处理中 (核实中 for a tip), so the desk's list and the resident see it handled.
    const starts = kind === 'office' && tip.status === 'new'
    await this.db.transaction().execute(async (trx) => {
      await this.addMessage(trx, id, kind, dataKey, text, actor.id, toHour(at))
      await trx
        .updateTable('tips')
        .set({ updated_at: toHour(at), ...(starts ? { status: 'checking' as const, spam_at: null } : {}) })
        .where('id', '=', id)
        .execute()
      await audit(trx, at, actor, { action: `${tip.kind}.${kind === 'office' ? 'reply' : 'note'}`, targetType: tip.kind, targetId: id })
      if (starts) await audit(trx, at, actor, { action: `${tip.kind}.checking`, targetType: tip.kind, targetId: id })
    })
  }

  /** `unitsOf` gives the member units a case of a town (null: the district's) can be referred to. */
  async setStatus(actor: Actor, keys: OfficeKeys, id: string, to: TipStatusCode, extra: { unit?: string; reason?: string }, unitsOf: (town: string | null) => Promise<string[]>): Promise<void> {
    const tip = await this.row(id, keys)
    const units = to === 'referred' ? await unitsOf(tip.town) : []
    if (!CASE_FLOWS[tip.kind].transitions[tip.status].includes(to)) {
      throw new AppError(409, 'wrong_status', `“${statusLabel(tip.kind, tip.status)}”不能改为“${statusLabel(tip.kind, to)}”。`)
    }
    if (to === 'referred' && (!extra.unit || !units.includes(extra.unit))) throw new AppError(400, 'no_unit', '请选择移交给哪个成员单位。')
    if (to === 'rejected' && !extra.reason?.trim()) throw new AppError(400, 'no_reason', '不予受理要写明理由，举报人会看到它。')
    const dataKey = this.dataKeyFor(keys, tip)
    const at = this.now()
    const ended = to === 'closed' || to === 'rejected'
    const stored = toHour(at)
    await this.db.transaction().execute(async (trx) => {
      // A tip someone works on is no longer set aside as spam.
      await trx
        .updateTable('tips')
        .set({ status: to, unit: to === 'referred' ? (extra.unit ?? null) : tip.unit, updated_at: stored, closed_at: ended ? stored : null, spam_at: null })
        .where('id', '=', id)
        .execute()
      // The desk's thread keeps the case's path, who moved it and when, beside its notes and replies; a refusal is
      // already there as the reply the tipster reads.
      if (to === 'rejected') await this.addMessage(trx, id, 'office', dataKey, `不予受理。理由：${extra.reason!.trim()}`, actor.id, stored)
      else await this.addMessage(trx, id, 'note', dataKey, `状态改为“${statusLabel(tip.kind, to)}”${to === 'referred' ? `，移交${extra.unit}` : ''}`, actor.id, stored)
      await audit(trx, at, actor, { action: `${tip.kind}.${to}`, targetType: tip.kind, targetId: id, detail: to === 'referred' ? { unit: extra.unit } : {} })
    })
  }

  /**
   * Sends a case to another town's office (or the district's): its keys and
   * its photos' keys are sealed anew to that office, so the town it leaves
   * can no longer open it. Audited with where it came from and went.
   */
  async transfer(actor: Actor, keys: OfficeKeys, id: string, to: string | null): Promise<void> {
    const tip = await this.row(id, keys)
    if (tip.town === to && tip.key_town === to) throw new AppError(409, 'same_town', '这条已经在这个镇（街道）了。')
    const at = this.now()
    // The key is read before the transaction: SQLite's one connection is the transaction's until it ends.
    const target = await this.keys.sealingKey(to)
    await this.db.transaction().execute(async (trx) => {
      await this.sealTo(trx, keys, tip, to, target, at)
      await audit(trx, at, actor, { action: `${tip.kind}.transfer`, targetType: tip.kind, targetId: id, detail: { from: tip.town, to } })
    })
  }

  /**
   * Gives a town's office the cases that were its town's before it had a key
   * of its own (filed before towns, still sealed to the district's key), so
   * its own handlers can open them. The district's to do: only its key opens
   * them. Returns how many; audited once, with the count.
   */
  async sealOldCasesToTown(actor: Actor, keys: OfficeKeys, town: string): Promise<number> {
    if (keys.own.town !== null) throw new AppError(403, 'district_only', '这项工作由区里的账号来做，镇（街道）的账号不能进行。')
    const old = await this.db.selectFrom('tips').selectAll().where('town', '=', town).where('key_town', 'is', null).execute()
    const at = this.now()
    const target = await this.keys.sealingKey(town)
    await this.db.transaction().execute(async (trx) => {
      for (const tip of old) await this.sealTo(trx, keys, tip, town, target, at)
      await audit(trx, at, actor, { action: 'tips.reseal', targetType: 'town', targetId: town, detail: { cases: old.length } })
    })
    return old.length
  }

  /** Seals a case and its photos anew to `to`'s office (null: the district's; `target` its public key), which then holds it. */
  private async sealTo(trx: Db, keys: OfficeKeys, tip: Selectable<TipTable>, to: string | null, target: KeyObject, at: Date): Promise<void> {
    const reseal = (sealed: { key_office: string; key_town: string | null }) => seal(target, this.dataKeyFor(keys, sealed)).toString('base64')
    const photos = await trx.selectFrom('tip_photos').select(['id', 'key_office', 'key_town']).where('tip_id', '=', tip.id).execute()
    await trx
      .updateTable('tips')
      .set({ town: to, key_town: to, key_office: reseal(tip), updated_at: toHour(at) })
      .where('id', '=', tip.id)
      .execute()
    for (const photo of photos)
      await trx
        .updateTable('tip_photos')
        .set({ key_town: to, key_office: reseal(photo) })
        .where('id', '=', photo.id)
        .execute()
  }

  /** Records that a handler opened a case: reading one is itself an action worth knowing about. */
  async viewed(actor: Actor, kind: CaseKind, id: string): Promise<void> {
    await audit(this.db, this.now(), actor, { action: `${kind}.view`, targetType: kind, targetId: id })
  }

  async retentionDays(): Promise<number> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', 'tip_retention_days').executeTakeFirst()
    return row ? (JSON.parse(row.value) as number) : 365
  }

  async setRetentionDays(actor: Actor, days: number): Promise<void> {
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('settings').where('key', '=', 'tip_retention_days').execute()
      await trx
        .insertInto('settings')
        .values({ key: 'tip_retention_days', value: JSON.stringify(days), updated_at: at.toISOString() })
        .execute()
      await audit(trx, at, actor, { action: 'tip.retention', detail: { days } })
    })
  }

  /**
   * Deletes tips (photos included) closed, or set aside as spam, longer ago
   * than the retention period, and photos never attached to a tip. A tip
   * whose receipt was given is never deleted sooner.
   */
  async purge(): Promise<number> {
    const at = this.now()
    const cutoff = new Date(at.getTime() - (await this.retentionDays()) * 86400000).toISOString()
    const stale = new Date(at.getTime() - UNATTACHED_PHOTO_HOURS * 3600000).toISOString()
    const old = await this.db
      .selectFrom('tips')
      .select('id')
      .where((eb) => eb.or([eb.and([eb('closed_at', 'is not', null), eb('closed_at', '<', cutoff)]), eb.and([eb('spam_at', 'is not', null), eb('spam_at', '<', cutoff)])]))
      .execute()
    const ids = old.map((t) => t.id)
    const photos = await this.db
      .selectFrom('tip_photos')
      .select('id')
      .where((eb) => eb.or([...(ids.length ? [eb('tip_id', 'in', ids)] : []), eb.and([eb('tip_id', 'is', null), eb('created_at', '<', stale)])]))
      .execute()
    if (ids.length === 0 && photos.length === 0) return 0
    await this.db.transaction().execute(async (trx) => {
      if (photos.length)
        await trx
          .deleteFrom('tip_photos')
          .where(
            'id',
            'in',
            photos.map((p) => p.id)
          )
          .execute()
      if (ids.length) {
        await trx.deleteFrom('tip_messages').where('tip_id', 'in', ids).execute()
        await trx.deleteFrom('tips').where('id', 'in', ids).execute()
        await audit(trx, at, { id: null, name: '系统' }, { action: 'tip.purge', detail: { count: ids.length } })
      }
    })
    return ids.length
  }

  /** The encrypted photos a deployment from before kept in DATA_DIR/uploads/tips go into their rows as they are (see adoptFiles). */
  async adoptFiles(dataDir: string): Promise<{ adopted: number; missing: number }> {
    const adopted = await adoptFiles(
      path.join(dataDir, 'uploads', 'tips'),
      (name) => /^(p[a-z0-9]{1,40})\.bin$/.exec(name)?.[1] ?? null,
      async (id, data) => {
        const { numUpdatedRows } = await this.db.updateTable('tip_photos').set({ data }).where('id', '=', id).where('data', 'is', null).executeTakeFirst()
        if (numUpdatedRows > 0n) return 'stored'
        return (await this.db.selectFrom('tip_photos').select('id').where('id', '=', id).executeTakeFirst()) ? 'had' : 'no_row'
      }
    )
    const { missing } = await this.db
      .selectFrom('tip_photos')
      .select((eb) => eb.fn.countAll<number | string>().as('missing'))
      .where('data', 'is', null)
      .executeTakeFirstOrThrow()
    return { adopted, missing: Number(missing) }
  }
}
