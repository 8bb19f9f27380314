import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'
import type { Selectable, Transaction } from 'kysely'
import { isRole, ROLE_CODES, type Role } from '../../../src/core/roles'
import type { Database, StaffUserTable, Db } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { Memo } from '../../memo'
import { storedSecret } from '../../db/stored-secret'
import { audit, type Actor } from '../audit/service'
import type { Session } from '../keys/keyring'
import type { KeyRing } from '../keys/keyring'
import { clientOf, guardedAccount, QUIET_MINUTES, refused, type LoginThrottle } from './throttle'

const SESSION_HOURS = 12
/** A place a staff member signed in from is remembered this long after the last sign-in there. */
const PLACE_DAYS = 90
// Failed sign-ins answer more slowly each time, up to this, so guessing is slow even before the refusal.
const MAX_DELAY_MS = 3000

export interface Staff {
  id: string
  username: string
  displayName: string
  roles: Role[]
  /** The town whose office the account belongs to; null for the district's. */
  town: string | null
}

export interface StaffSummary extends Staff {
  disabled: boolean
  createdAt: string
}

const parseRoles = (json: string): Role[] => (JSON.parse(json) as string[]).filter(isRole)

const toStaff = (u: Pick<Selectable<StaffUserTable>, 'id' | 'username' | 'display_name' | 'roles' | 'town'>): Staff => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  roles: parseRoles(u.roles),
  town: u.town
})

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex')

// Argon2id with the library's defaults (m=19 MiB, t=2), computed on libuv's
// thread pool so a sign-in never blocks other requests.
const hashPassword = (password: string): Promise<string> => hash(password)

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A password to print once: 16 characters from an alphabet without look-alikes. */
export function randomPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('')
}

export function checkPassword(password: string): void {
  if (password.length < 10) throw new AppError(400, 'weak_password', '密码至少 10 位。')
  if (/^(.)\1+$/.test(password) || /^(0123456789|1234567890|abcdefghij)/i.test(password)) {
    throw new AppError(400, 'weak_password', '密码太简单了，请换一个。')
  }
}

export class StaffService {
  // A real hash to verify against when the username is unknown, so both
  // answers take the same time and do not reveal which accounts exist.
  private readonly decoy = hashPassword(randomBytes(16).toString('hex'))

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly keys: KeyRing,
    private readonly throttle: LoginThrottle,
    /** How failed sign-ins wait before answering; tests pass one that records instead. */
    private readonly pause: (ms: number) => Promise<void> = sleep
  ) {}

  /**
   * Creates the first account on an empty database; returns the password to
   * print, if one was made up. It holds every role, so one person can run a
   * small office on day one (write, publish, run the campaign, read tips) and
   * later hand roles to colleagues; it takes the office key at once.
   */
  async bootstrap(initialPassword: string): Promise<string | null> {
    const existing = await this.db.selectFrom('staff_users').select('id').limit(1).executeTakeFirst()
    if (existing) return null
    const password = initialPassword || randomPassword()
    const at = this.now()
    const id = newId('u')
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('staff_users')
        .values({
          id,
          username: 'admin',
          display_name: '管理员',
          password_hash: await hashPassword(password),
          roles: JSON.stringify(ROLE_CODES),
          created_at: at.toISOString(),
          updated_at: at.toISOString()
        })
        .execute()
      // The first admin is the first custodian of the tip box's key.
      await this.keys.createPersonalKey(trx, id, password, await this.keys.pendingOffice(trx))
      await this.keys.clearPending(trx)
      await audit(trx, at, { id: null, name: '系统' }, { action: 'user.bootstrap', targetType: 'user', targetId: id, detail: { username: 'admin' } })
    })
    return initialPassword ? null : password
  }

  /** Signs in from `address` (the client's, kept in memory only to throttle guessing). */
  async login(username: string, password: string, address: string): Promise<{ token: string; staff: Staff }> {
    const attempt = await this.throttle.begin(address, username)
    const user = await this.db.selectFrom('staff_users').selectAll().where('username', '=', username).executeTakeFirst()
    const place = await this.placeOf(address)
    // A guarded account hears no password from a new place, right or wrong: the guessers learn nothing.
    if (attempt.guarded && !(user && (await this.signedInFrom(user.id, place)))) throw guardedAccount()
    const active = user && !user.disabled ? user : undefined
    // An unknown or disabled name goes through the same hash check, record and
    // pause as a wrong password, so the answer's timing does not tell which accounts exist.
    const right = await verify(active?.password_hash ?? (await this.decoy), password).catch(() => false)
    const at = this.now()
    if (!active || !right) {
      // The typed name of an unknown account is not kept: it may be a password typed in the wrong box.
      const actor = user ? { id: user.id, name: user.username, town: user.town } : { id: null, name: '（不存在的用户名）' }
      await audit(this.db, at, actor, { action: attempt.last ? 'login.locked' : 'login.failed', targetType: 'user', targetId: user?.id })
      await this.pause(Math.min(200 * 2 ** (attempt.failures - 1), MAX_DELAY_MS))
      throw attempt.last ? refused(QUIET_MINUTES * 60000) : new AppError(401, 'bad_credentials', '用户名或密码不对。')
    }
    await attempt.succeeded()
    const token = randomBytes(32).toString('base64url')
    const expires = new Date(at.getTime() + SESSION_HOURS * 3600000)
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('staff_sessions')
        .values({
          token_hash: tokenHash(token),
          user_id: active.id,
          created_at: at.toISOString(),
          expires_at: expires.toISOString()
        })
        .execute()
      await audit(trx, at, { id: active.id, name: active.username, town: active.town }, { action: 'login', targetType: 'user', targetId: active.id })
      await trx
        .insertInto('staff_places')
        .values({ user_id: active.id, place, seen_at: at.toISOString() })
        .onConflict((oc) => oc.columns(['user_id', 'place']).doUpdateSet({ seen_at: at.toISOString() }))
        .execute()
      await trx
        .deleteFrom('staff_places')
        .where('user_id', '=', active.id)
        .where('seen_at', '<', new Date(at.getTime() - PLACE_DAYS * 86400000).toISOString())
        .execute()
    })
    const staff = toStaff(active)
    await this.keys.unlock({ id: tokenHash(token), token }, active.id, password, isCustodian(staff.roles) && staff.town === null)
    return { token, staff }
  }

  /**
   * Where a sign-in comes from, as a keyed hash of the client (an IPv6 /64 as
   * one): kept with the account so a guarded account still knows its owner's
   * places. The key is the server's own (settings), so the table alone does
   * not name an address.
   */
  private async placeOf(address: string): Promise<string> {
    return createHmac('sha256', await this.placeKey.get())
      .update(clientOf(address))
      .digest('base64url')
      .slice(0, 43)
  }

  private readonly placeKey = new Memo(() => storedSecret(this.db, 'login_place_key', 32, this.now()))

  private async signedInFrom(userId: string, place: string): Promise<boolean> {
    const since = new Date(this.now().getTime() - PLACE_DAYS * 86400000).toISOString()
    return Boolean(await this.db.selectFrom('staff_places').select('place').where('user_id', '=', userId).where('place', '=', place).where('seen_at', '>=', since).executeTakeFirst())
  }

  /** The staff member a bearer token belongs to, or an error saying why not. */
  async authenticate(token: string): Promise<Staff> {
    const row = await this.db
      .selectFrom('staff_sessions')
      .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
      .select(['staff_users.id', 'username', 'display_name', 'roles', 'staff_users.town', 'disabled', 'expires_at'])
      .where('token_hash', '=', tokenHash(token))
      .executeTakeFirst()
    if (!row || row.disabled) throw new AppError(401, 'unauthenticated', '请先登录。')
    // An ended session's keys are gone already: the key ring holds them only until the session's end.
    if (row.expires_at <= this.now().toISOString()) throw new AppError(401, 'session_expired', '登录已过期，请重新登录。')
    return toStaff(row)
  }

  /** Ends the session the key names (the token's hash, as the auth plugin gives it). */
  async logout(session: string, staff: Staff): Promise<void> {
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('staff_sessions').where('token_hash', '=', session).execute()
      await audit(trx, at, actorOf(staff), { action: 'logout', targetType: 'user', targetId: staff.id })
    })
  }

  /** Changes one's own password; every session of the account ends, this one included. */
  async changePassword(staff: Staff, current: string, next: string): Promise<void> {
    const user = await this.db.selectFrom('staff_users').select('password_hash').where('id', '=', staff.id).executeTakeFirstOrThrow()
    if (!(await verify(user.password_hash, current).catch(() => false))) throw new AppError(400, 'bad_password', '原密码不对。')
    checkPassword(next)
    // The same personal key, now under the new password: what they could open, they still can.
    await this.setPassword(actorOf(staff), staff.id, next, 'password.change', (trx) => this.keys.rewrap(trx, staff.id, current, next))
  }

  /** An admin sets a new password. The old personal key cannot be opened without the old password, so a new one is made and the office key granted again from the admin's session. */
  async resetPassword(actor: Actor, granter: Session, userId: string, next: string): Promise<void> {
    checkPassword(next)
    const user = await this.findUser(actor, userId)
    const custodian = isCustodian(parseRoles(user.roles))
    const office = custodian ? await this.requireOffice(actor, granter, user.town) : null
    await this.setPassword(actor, userId, next, 'password.reset', (trx) => this.keys.createPersonalKey(trx, userId, next, office))
  }

  /** The key of `town`'s office (null: the district's), opened from the granting admin's session: a town's admin can give only their own town's. */
  private async requireOffice(actor: Actor, granter: Session, town: string | null) {
    const keys = await this.keys.officeKeys(granter, actor.town ?? null)
    if (!keys) throw new AppError(409, 'key_locked', '为保护举报人，请先退出并重新登录，再为线索处理员或管理员设置账号。')
    return keys.for(town)
  }

  private async setPassword(actor: Actor, userId: string, next: string, action: string, rekey: (trx: Transaction<Database>) => Promise<void>): Promise<void> {
    const at = this.now()
    const passwordHash = await hashPassword(next)
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('staff_users').set({ password_hash: passwordHash, updated_at: at.toISOString() }).where('id', '=', userId).execute()
      await rekey(trx)
      await trx.deleteFrom('staff_sessions').where('user_id', '=', userId).execute()
      await audit(trx, at, actor, { action, targetType: 'user', targetId: userId })
    })
  }

  /** The accounts `actor` manages: a town's admin their town's, the district's admins everyone's. */
  async listUsers(actor: Actor): Promise<StaffSummary[]> {
    let q = this.db.selectFrom('staff_users').selectAll()
    if (actor.town) q = q.where('town', '=', actor.town)
    const rows = await q.orderBy('created_at').execute()
    return rows.map((u) => ({ ...toStaff(u), disabled: u.disabled === 1, createdAt: u.created_at }))
  }

  /** An account `actor` manages; another town's is answered as no account at all. */
  private async findUser(actor: Actor, id: string) {
    const user = await this.db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst()
    if (!user || (actor.town && user.town !== actor.town)) throw new AppError(404, 'not_found', '没有这个账号。')
    return user
  }

  /** `input.town` is the new account's office (null: the district's); a town's admin makes accounts of their own town only. */
  async createUser(actor: Actor, granter: Session, input: { username: string; displayName: string; roles: Role[]; password: string; town: string | null }): Promise<StaffSummary> {
    checkPassword(input.password)
    if (actor.town && input.town !== actor.town) throw new AppError(403, 'other_town', '只能为本镇（街道）建账号。')
    const office = isCustodian(input.roles) ? await this.requireOffice(actor, granter, input.town) : null
    const taken = await this.db.selectFrom('staff_users').select('id').where('username', '=', input.username).executeTakeFirst()
    if (taken) throw new AppError(409, 'username_taken', '这个用户名已经有人用了。')
    const at = this.now()
    const id = newId('u')
    const passwordHash = await hashPassword(input.password)
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('staff_users')
        .values({
          id,
          username: input.username,
          display_name: input.displayName,
          password_hash: passwordHash,
          roles: JSON.stringify(input.roles),
          town: input.town,
          created_at: at.toISOString(),
          updated_at: at.toISOString()
        })
        .execute()
      await this.keys.createPersonalKey(trx, id, input.password, office)
      await audit(trx, at, actor, { action: 'user.create', targetType: 'user', targetId: id, detail: { username: input.username, roles: input.roles, town: input.town } })
    })
    return { id, username: input.username, displayName: input.displayName, roles: input.roles, town: input.town, disabled: false, createdAt: at.toISOString() }
  }

  /**
   * `granter` is the token hash of the session making the change. A disabled
   * account or changed roles end that person's sessions, so the change (and
   * the office key it grants or takes) applies everywhere at once; the one
   * session an admin changes their own roles from stays, since an admin stays
   * a custodian and its keys remain right.
   */
  async updateUser(actor: Actor, granter: Session, id: string, change: { displayName?: string; roles?: Role[]; disabled?: boolean; town?: string | null }): Promise<void> {
    const user = await this.findUser(actor, id)
    const before = parseRoles(user.roles)
    // Moving an account to another office is the district's to do; it then holds that office's key instead.
    const moves = change.town !== undefined && change.town !== user.town
    if (moves && actor.town) throw new AppError(403, 'other_town', '账号换到别的镇（街道）要由区里的管理员来办。')
    const town = moves ? change.town! : user.town
    const roles = change.roles ?? before
    const gains = (change.roles !== undefined || moves) && isCustodian(roles) && (moves || !isCustodian(before))
    const loses = change.roles !== undefined && !isCustodian(roles) && isCustodian(before)
    const office = gains ? await this.requireOffice(actor, granter, town) : null
    if (id === actor.id && ((change.roles && !change.roles.includes('admin')) || change.disabled)) {
      throw new AppError(400, 'self_lockout', '不能取消自己的管理员角色或停用自己的账号。')
    }
    const kept = id === actor.id ? granter.id : ''
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff_users')
        .set({
          ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
          ...(change.roles !== undefined ? { roles: JSON.stringify(change.roles) } : {}),
          ...(change.disabled !== undefined ? { disabled: change.disabled ? 1 : 0 } : {}),
          ...(moves ? { town } : {}),
          updated_at: at.toISOString()
        })
        .where('id', '=', id)
        .execute()
      if (change.disabled || change.roles || moves) await trx.deleteFrom('staff_sessions').where('user_id', '=', id).where('token_hash', '!=', kept).execute()
      if (office) await this.keys.grant(trx, office, id)
      if (loses || (moves && !isCustodian(roles))) await this.keys.revoke(trx, id)
      if (moves) await audit(trx, at, actor, { action: 'user.town', targetType: 'user', targetId: id, detail: { before: user.town, after: town } })
      if (change.roles) await audit(trx, at, actor, { action: 'user.roles', targetType: 'user', targetId: id, detail: { before, after: change.roles } })
      if (change.disabled !== undefined) await audit(trx, at, actor, { action: change.disabled ? 'user.disable' : 'user.enable', targetType: 'user', targetId: id })
      if (change.displayName !== undefined) await audit(trx, at, actor, { action: 'user.rename', targetType: 'user', targetId: id, detail: { displayName: change.displayName } })
    })
  }
}

export const actorOf = (staff: Staff): Actor => ({ id: staff.id, name: staff.username, town: staff.town })

/** Who holds the tip box's key: tip handlers, and admins as its custodians. */
export const isCustodian = (roles: readonly string[]): boolean => roles.includes('tip_handler') || roles.includes('admin')
