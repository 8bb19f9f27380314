import { hkdfSync, randomBytes, type KeyObject } from 'node:crypto'
import type { Db } from '../../db/database'
import { AppError } from '../../errors'
import { Memo } from '../../memo'
import { decrypt, encrypt, exportPrivate, exportPublic, importPrivate, importPublic, newKeyPair, seal, slowKey, unseal } from './crypto'

/** A signed-in session: `id` is the token's SHA-256 (all the database keeps), `token` what the client sent. */
export interface Session {
  id: string
  token: string
}

/**
 * The key a session's unlocked office key is sealed under: derived from the
 * token, which only the client holds. The database keeps the token's SHA-256,
 * from which this key cannot be found (a different derivation of a 256-bit
 * random secret).
 */
const sessionKey = (token: string): Buffer => Buffer.from(hkdfSync('sha256', token, Buffer.alloc(0), 'fangfei session office key', 32))

/**
 * The private keys a signed-in session opens cases with. A town's people hold
 * their town's key and open that town's cases only; the district's hold the
 * district's key, which opens each town's (sealed to it), opened only when a
 * case of that town is read.
 */
export class OfficeKeys {
  private readonly opened = new Map<string, KeyObject>()

  constructor(
    /** Whose office the session belongs to (null: the district's) and that office's private key. */
    readonly own: { town: string | null; key: KeyObject },
    private readonly townGrants: ReadonlyMap<string, string>
  ) {}

  /** Whether a case of `town` (null: the district's own) is this session's to see. */
  covers(town: string | null): boolean {
    return this.own.town === null || this.own.town === town
  }

  /** The private key for what was sealed to `town`'s office (null: the district's). */
  for(town: string | null): KeyObject {
    if (town === this.own.town) return this.own.key
    if (this.own.town !== null) throw new AppError(403, 'no_town_key', '您的账号打不开这个镇（街道）的线索。')
    if (town === null) return this.own.key
    let key = this.opened.get(town)
    if (!key) {
      const grant = this.townGrants.get(town)
      if (!grant) throw new AppError(403, 'no_town_key', '您的账号打不开这个镇（街道）的线索。')
      key = importPrivate(unseal(this.own.key, Buffer.from(grant, 'base64')))
      this.opened.set(town, key)
    }
    return key
  }
}

/**
 * Who can open the tip box. Every tip is encrypted to the office's public
 * key. The office's private key is never stored in the clear: it is sealed to
 * the personal key of each person allowed to hold it (admins, as custodians,
 * and tip handlers), and each personal private key is encrypted under that
 * person's password. Signing in opens them and keeps the office key with the
 * session, sealed under a key only the session's token gives: any API process
 * can then open it for a request carrying that token, and the session's end
 * (sign-out, expiry, a password or role change) deletes it with the session.
 *
 * That office key is the district's. Each town's office has a key pair of its
 * own, whose private half is sealed to the district's public key: a case
 * filed to a town is sealed to that town's key, so the keys that open one
 * town's cases open no other town's.
 */
export class KeyRing {
  /** Town public keys never change once made; read on first use. */
  private readonly townPublic = new Map<string, KeyObject>()

  constructor(
    private readonly db: Db,
    private readonly now: () => Date
  ) {}

  /** The office's public key: it never changes once made, so it is read once (a failed read is not kept). */
  private readonly publicKey = new Memo(async () => {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', 'office_public_key').executeTakeFirstOrThrow()
    return importPublic(JSON.parse(row.value) as string)
  })

  officePublicKey(): Promise<KeyObject> {
    return this.publicKey.get()
  }

  /** The public key cases for `town`'s office are sealed to (null: the district's). */
  async sealingKey(town: string | null): Promise<KeyObject> {
    if (town === null) return this.officePublicKey()
    let key = this.townPublic.get(town)
    if (!key) {
      const row = await this.db.selectFrom('town_keys').select('public_key').where('town', '=', town).executeTakeFirstOrThrow()
      key = importPublic(row.public_key)
      this.townPublic.set(town, key)
    }
    return key
  }

  /**
   * Makes a key pair for each town that has none, its private half sealed to
   * the district's public key (so no one needs to be signed in). Idempotent:
   * processes starting together make one pair per town.
   */
  async ensureTownKeys(db: Db, towns: string[], now: Date): Promise<void> {
    const have = new Set((await db.selectFrom('town_keys').select('town').execute()).map((r) => r.town))
    const district = await this.officePublicKey()
    for (const town of towns.filter((t) => !have.has(t))) {
      const pair = newKeyPair()
      await db
        .insertInto('town_keys')
        .values({ town, public_key: exportPublic(pair.publicKey), district_grant: seal(district, exportPrivate(pair.privateKey)).toString('base64'), created_at: now.toISOString() })
        .onConflict((oc) => oc.column('town').doNothing())
        .execute()
    }
  }

  /**
   * Makes the office key pair on first start. Until a custodian (an admin or
   * tip handler) holds it, the private half waits in `office_private_pending`;
   * on a new install the first admin takes it at once, so it never waits.
   */
  async ensureOfficeKey(now: Date): Promise<void> {
    const row = await this.db.selectFrom('settings').select('key').where('key', '=', 'office_public_key').executeTakeFirst()
    if (row) return
    const pair = newKeyPair()
    await this.db
      .insertInto('settings')
      .values([
        { key: 'office_public_key', value: JSON.stringify(exportPublic(pair.publicKey)), updated_at: now.toISOString() },
        { key: 'office_private_pending', value: JSON.stringify(exportPrivate(pair.privateKey).toString('base64')), updated_at: now.toISOString() }
      ])
      .execute()
  }

  async pendingOffice(db: Db): Promise<KeyObject | null> {
    const row = await db.selectFrom('settings').select('value').where('key', '=', 'office_private_pending').executeTakeFirst()
    return row ? importPrivate(Buffer.from(JSON.parse(row.value) as string, 'base64')) : null
  }

  async clearPending(db: Db): Promise<void> {
    await db.deleteFrom('settings').where('key', '=', 'office_private_pending').execute()
  }

  /** A new personal key pair for an account, its private half encrypted under the password. */
  async createPersonalKey(db: Db, userId: string, password: string, office: KeyObject | null): Promise<void> {
    const pair = newKeyPair()
    const salt = randomBytes(16)
    const wrapped = Buffer.concat([salt, encrypt(await slowKey(password, salt), exportPrivate(pair.privateKey))])
    await db.deleteFrom('staff_keys').where('user_id', '=', userId).execute()
    await db
      .insertInto('staff_keys')
      .values({
        user_id: userId,
        public_key: exportPublic(pair.publicKey),
        wrapped_private: wrapped.toString('base64'),
        office_grant: office ? seal(pair.publicKey, exportPrivate(office)).toString('base64') : null
      })
      .execute()
  }

  /** Re-encrypts a personal key under a new password (grants stay valid). */
  async rewrap(db: Db, userId: string, oldPassword: string, newPassword: string): Promise<void> {
    const row = await db.selectFrom('staff_keys').selectAll().where('user_id', '=', userId).executeTakeFirst()
    if (!row) return
    const personal = await this.openPersonal(row.wrapped_private, oldPassword)
    const salt = randomBytes(16)
    const wrapped = Buffer.concat([salt, encrypt(await slowKey(newPassword, salt), exportPrivate(personal))])
    await db
      .updateTable('staff_keys')
      .set({ wrapped_private: wrapped.toString('base64') })
      .where('user_id', '=', userId)
      .execute()
  }

  private async openPersonal(wrappedB64: string, password: string): Promise<KeyObject> {
    const wrapped = Buffer.from(wrappedB64, 'base64')
    return importPrivate(decrypt(await slowKey(password, wrapped.subarray(0, 16)), wrapped.subarray(16)))
  }

  /**
   * At sign-in: opens the person's keys and keeps their office's key with the
   * session (sealed under the session's own key). An account older than the
   * key scheme gets its personal key now; a district custodian signing in
   * while the district's key still waits takes it.
   */
  async unlock(session: Session, userId: string, password: string, districtCustodian: boolean): Promise<void> {
    const pending = districtCustodian ? await this.pendingOffice(this.db) : null
    let row = await this.db.selectFrom('staff_keys').selectAll().where('user_id', '=', userId).executeTakeFirst()
    if (!row) await this.createPersonalKey(this.db, userId, password, pending)
    else if (pending)
      await this.db
        .updateTable('staff_keys')
        .set({ office_grant: seal(importPublic(row.public_key), exportPrivate(pending)).toString('base64') })
        .where('user_id', '=', userId)
        .execute()
    if (pending) await this.clearPending(this.db)
    row = await this.db.selectFrom('staff_keys').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow()
    if (!row.office_grant) return
    const personal = await this.openPersonal(row.wrapped_private, password)
    const office = unseal(personal, Buffer.from(row.office_grant, 'base64'))
    await this.db
      .updateTable('staff_sessions')
      .set({ office_key: encrypt(sessionKey(session.token), office).toString('base64') })
      .where('token_hash', '=', session.id)
      .execute()
  }

  /** The office private key opened at this session's sign-in, if the session is still going and the person holds a grant. */
  async office(session: Session): Promise<KeyObject | null> {
    const row = await this.db.selectFrom('staff_sessions').select(['office_key', 'expires_at']).where('token_hash', '=', session.id).executeTakeFirst()
    if (!row?.office_key || row.expires_at <= this.now().toISOString()) return null
    return importPrivate(decrypt(sessionKey(session.token), Buffer.from(row.office_key, 'base64')))
  }

  /** Every key the session of someone of `town`'s office (null: the district's) can open cases with, or null when it holds none (not a custodian, or signed out). */
  async officeKeys(session: Session, town: string | null): Promise<OfficeKeys | null> {
    const key = await this.office(session)
    if (!key) return null
    const grants = town === null ? await this.db.selectFrom('town_keys').select(['town', 'district_grant']).execute() : []
    return new OfficeKeys({ town, key }, new Map(grants.map((g) => [g.town, g.district_grant])))
  }

  /** Seals an office's key to another account (when it becomes that office's tip handler or admin). */
  async grant(db: Db, office: KeyObject, userId: string): Promise<boolean> {
    const row = await db.selectFrom('staff_keys').select('public_key').where('user_id', '=', userId).executeTakeFirst()
    if (!row) return false
    await db
      .updateTable('staff_keys')
      .set({ office_grant: seal(importPublic(row.public_key), exportPrivate(office)).toString('base64') })
      .where('user_id', '=', userId)
      .execute()
    return true
  }

  async revoke(db: Db, userId: string): Promise<void> {
    await db.updateTable('staff_keys').set({ office_grant: null }).where('user_id', '=', userId).execute()
  }
}
