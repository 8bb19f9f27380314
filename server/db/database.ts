import type { Kysely } from 'kysely'
import type { Generated } from 'kysely'
import type { CaseKind } from '../../src/core/case-kind'

/** Dates are ISO 8601 strings in UTC: they sort as text on both SQLite and PostgreSQL. */
export interface ArticleTable {
  id: string
  title: string
  category: string
  summary: string
  body: string
  /** JSON array of red-flag codes. */
  red_flags: string
  published_at: string
  created_at: string
  updated_at: string
  status: Generated<ContentStatus>
  revision: Generated<number>
  updated_by: string | null
  /** The town whose office published it; null for the district's, shown in every town. */
  town: Generated<string | null>
}

export interface CaseLessonTable {
  id: string
  title: string
  category: string
  summary: string
  story: string
  outcome: string
  lesson: string
  /** JSON array of red-flag codes. */
  red_flags: string
  /** JSON: { prompt, options, answer, explanation }. */
  question: string
  featured: Generated<number>
  /** 'real' (with its public source) or 'illustrative'. */
  kind: Generated<CaseKind>
  source: Generated<string>
  source_url: Generated<string>
  published_at: string
  created_at: string
  updated_at: string
  status: Generated<ContentStatus>
  revision: Generated<number>
  updated_by: string | null
  /** The town whose office published it; null for the district's, shown in every town. */
  town: Generated<string | null>
}

/** draft -> review -> published (visible once published_at has passed) -> withdrawn. */
export type ContentStatus = 'draft' | 'review' | 'published' | 'withdrawn'

export interface StaffUserTable {
  id: string
  username: string
  display_name: string
  /** Argon2id PHC string. */
  password_hash: string
  /** JSON array of roles. */
  roles: string
  /** The town whose office the account belongs to; null for the district's. */
  town: Generated<string | null>
  disabled: Generated<number>
  failed_logins: Generated<number>
  locked_until: string | null
  created_at: string
  updated_at: string
}

/** A place (keyed hash of the client's address) a staff member signed in from: see staff/throttle.ts. */
export interface StaffPlaceTable {
  user_id: string
  place: string
  seen_at: string
}

export interface StaffSessionTable {
  /** SHA-256 of the opaque token: a copy of the database cannot be used to sign in. */
  token_hash: string
  user_id: string
  created_at: string
  expires_at: string
  /** The office private key for a tip handler's or admin's session, sealed under a key derived from the token (modules/keys). */
  office_key: string | null
}

export interface AuditLogTable {
  id: string
  at: string
  actor_id: string | null
  actor_name: string
  action: string
  target_type: string | null
  target_id: string | null
  /** JSON object. */
  detail: string
  /** The town of whoever acted; null for the district's staff, the system and residents. */
  town: Generated<string | null>
}

export interface SettingTable {
  key: string
  /** JSON value. */
  value: string
  updated_at: string
}

export interface ContentRevisionTable {
  id: string
  item_type: 'article' | 'case' | 'quiz'
  item_id: string
  revision: number
  /** JSON of the editable fields at that revision. */
  data: string
  created_at: string
  created_by: string
}

export interface ImageTable {
  id: string
  mime: string
  bytes: number
  width: number
  height: number
  created_at: string
  created_by: string | null
  /** The picture (blob / bytea); null only for a row from before 20261228T0900 until its file is adopted at start. */
  data: Buffer | null
}

export interface CampaignTable {
  id: string
  /** The office's own name for the month; '' for the national one. */
  name: Generated<string>
  theme: string
  /** Days in Beijing time, YYYY-MM-DD, both inclusive. */
  starts_on: string
  ends_on: string
  banner_image_id: string | null
  /** JSON arrays. */
  slogans: string
  article_ids: string
  case_ids: string
  status: Generated<'draft' | 'published'>
  /** The quiz's time limit during this campaign. */
  quiz_seconds: Generated<number>
  /** 1: residents are told after each question whether they were right (rounds drawn during it keep the setting). */
  quiz_feedback: Generated<number>
  created_at: string
  updated_at: string
  /** The town whose office published it; null for the district's, shown in every town. */
  town: Generated<string | null>
}

export interface ExposureTable {
  id: string
  name: string
  what: string
  exposed_on: string
  source: string
  /** JSON array: other names, phone numbers, links and accounts published with it (查一查 finds it by them). */
  identifiers: Generated<string>
  status: Generated<'published' | 'withdrawn'>
  created_at: string
  updated_at: string
  /** The town whose office published it; null for the district's, shown in every town. */
  town: Generated<string | null>
}

export interface StaffKeyTable {
  user_id: string
  /** SPKI DER, base64. */
  public_key: string
  /** salt(16) || AES-GCM(Argon2id(password, salt), PKCS#8 private key), base64. */
  wrapped_private: string
  /** The office private key sealed to this person's public key, when they hold it. */
  office_grant: string | null
}

/** new -> checking -> referred -> closed, or rejected. */
export type TipStatus = 'new' | 'checking' | 'referred' | 'closed' | 'rejected'

export interface TipTable {
  id: string
  /** A tip, or feedback (投诉建议): the same box, listed apart on the desk. */
  kind: Generated<'tip' | 'feedback'>
  /** SHA-256 of the first half of Argon2id(receipt, site salt): finds the tip, reveals nothing. */
  lookup: string
  status: TipStatus
  /** The member unit it was referred to. */
  unit: string | null
  /** The town whose office the case went to; null for the district's (the resident did not know the town). */
  town: string | null
  /** The tip's data key, sealed to the public key of key_town's office. */
  key_office: string
  /** Whose key: a town's code, or null for the district's. */
  key_town: string | null
  /** The tip's data key, encrypted with the second half of Argon2id(receipt, site salt). */
  key_tipster: string
  /** AES-GCM(data key, JSON of what the tipster wrote). */
  sealed: string
  /** The tip's day (Beijing), never the moment: see `modules/tips`. */
  created_at: string
  updated_at: string
  closed_at: string | null
  /** When a handler set it aside as spam (to the hour); null when it is not spam. */
  spam_at: string | null
}

export interface TipMessageTable {
  id: string
  tip_id: string
  /** tipster and office messages both sides see; note is the office's internal note. */
  kind: 'tipster' | 'office' | 'note'
  sealed: string
  author_id: string | null
  /** To the hour. */
  created_at: string
  /** The message's place in its conversation (ids are random, times coarse). */
  seq: Generated<number>
}

export interface TipPhotoTable {
  id: string
  /** Null between upload and the tip that references it. */
  tip_id: string | null
  /** The photo's key, sealed to the public key of key_town's office. */
  key_office: string
  /** Whose key: a town's code, or null for the district's. */
  key_town: string | null
  created_at: string
  /** The photo encrypted with its key (blob / bytea); null only for a row from before 20261228T0900 until its file is adopted at start. */
  data: Buffer | null
}

export interface QuizItemTable {
  id: string
  kind: 'judge' | 'flags' | 'choice'
  category: string
  difficulty: number
  /** JSON array of personas it suits. */
  personas: string
  prompt: string
  /** JSON { source, text } or null. */
  advert: string | null
  /** JSON array of { id, text, correct, flag? }. */
  options: string
  red_flags: string
  explanation: string
  /** Only published items are drawn into rounds. */
  status: Generated<ContentStatus>
  /** Bumped by every save; a save naming an older revision is refused. */
  revision: Generated<number>
  created_at: string
  updated_at: string
  updated_by: string | null
}

export interface QuizRoundTable {
  /** `unguessableTimeOrderedId(drawn)`: ordered by draw time, and with 80 random bits a round cannot be guessed. */
  id: string
  /** SHA-256 of the device's random quiz id: no account, no WeChat identity. */
  participant: string
  persona: string
  village: string
  campaign_id: string | null
  /** JSON array of { id, options: [option ids in the order shown] }. */
  items: string
  created_at: string
  expires_at: string
  /** 1 when drawn with feedback after each question (the campaign's setting at the draw). */
  feedback: Generated<number>
  /** JSON object { question id: [option ids] }: answers checked one by one, each locked once written. */
  checked: Generated<string>
  /** The town it was drawn in (rounds drawn before towns: the first town). */
  town: string
}

/** A round handed in: one per round at most (the key refuses a second copy). */
export interface QuizHandinTable {
  round_id: string
  submitted_at: string
  score: number
  duration_ms: number
  /** JSON { items: [[item id, 1 if right]], flags: [[flag code, 1 if missed]] }. */
  tally: string
  /** 1 once the hand-in is in the running figures (done in batches shortly after). */
  counted: Generated<number>
}

/**
 * A participant in a campaign (their best round of the counted ones), or
 * with scope 'all' their first round ever: that row is only ever inserted,
 * to tell newcomers apart, and never updated.
 */
export interface QuizParticipantTable {
  /** `campaign@town` (see quiz/tally.ts boardScope), or 'all'. */
  scope: string
  participant: string
  village: string
  day: string
  rounds_today: number
  best_score: number
  best_ms: number
}

export interface QuizBoardTable {
  scope: string
  village: string
  participants: number
  score_sum: number
}

export interface QuizDailyTable {
  day: string
  /** '' for the whole district's totals. */
  town: string
  village: string
  persona: string
  rounds: number
  score_sum: number
  new_participants: number
}

export interface QuizItemDailyTable {
  day: string
  item_id: string
  shown: number
  correct: number
}

export interface QuizFlagDailyTable {
  day: string
  flag: string
  /** '' for the whole district's totals. */
  town: string
  village: string
  persona: string
  shown: number
  missed: number
}

/** The database handle every module takes; a transaction is one too, so code that runs in either takes this. */
export type Db = Kysely<Database>

export interface TownTable {
  code: string
  name: string
  /** JSON: hotlinePhone, hotlineHours, hotlineAddress, villages, units. */
  profile: string
  /** Display order; the first is the deployment's default town. */
  position: number
  created_at: string
  updated_at: string
}

export interface TownKeyTable {
  town: string
  public_key: string
  /** The town's private key sealed to the district's public key. */
  district_grant: string
  created_at: string
}

/** A district item a town does not show its residents (see modules/content/towns). */
export interface TownHiddenTable {
  town: string
  item_table: 'articles' | 'case_lessons' | 'campaigns' | 'exposures'
  item_id: string
  hidden_at: string
}

export interface Database {
  articles: ArticleTable
  case_lessons: CaseLessonTable
  staff_users: StaffUserTable
  staff_sessions: StaffSessionTable
  staff_places: StaffPlaceTable
  audit_log: AuditLogTable
  settings: SettingTable
  towns: TownTable
  town_keys: TownKeyTable
  town_hidden: TownHiddenTable
  content_revisions: ContentRevisionTable
  images: ImageTable
  campaigns: CampaignTable
  exposures: ExposureTable
  staff_keys: StaffKeyTable
  tips: TipTable
  tip_messages: TipMessageTable
  tip_photos: TipPhotoTable
  quiz_items: QuizItemTable
  quiz_rounds: QuizRoundTable
  quiz_handins: QuizHandinTable
  quiz_participants: QuizParticipantTable
  quiz_board: QuizBoardTable
  quiz_daily: QuizDailyTable
  quiz_item_daily: QuizItemDailyTable
  quiz_flag_daily: QuizFlagDailyTable
}
