/**
 * 查一查: a resident types a name, a phone number, a link or an account and
 * learns whether the office's exposure list (曝光台) names it. The same keys
 * are made on the phone (to say what will be looked up) and on the server
 * (to index the published entries and read the query), so a number typed as
 * "022-1234 5678" finds one the office wrote as "（022）12345678".
 *
 * Every step here walks the text once: no regular expression that can
 * backtrack, and lookups go through maps keyed by what the query contains,
 * so the work grows with the query's length and the few candidates it hits,
 * not with the size of the list.
 */

/** The longest query read (characters); a name, number or link is far shorter. */
export const LOOKUP_MAX = 100
/** A part of a name is looked for inside longer names only from this many characters on. */
export const NAME_PART_MIN = 4
/** What an exposure entry may list besides its name. */
export const IDENTIFIER_LIMITS = { count: 10, length: 100 } as const

export type LookupKind = 'name' | 'number' | 'link' | 'account'

export interface LookupKey {
  kind: LookupKind
  /** The canonical form: what is compared. */
  key: string
}

const isDigit = (c: string) => c >= '0' && c <= '9'
const isAsciiLetter = (c: string) => c >= 'a' && c <= 'z'
/** CJK ideographs (the basic block and extension A), which is what names are written in. */
const isHan = (c: string) => (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf')

/**
 * Full-width ASCII (ＡＢＣ１２３＠．) to half-width, the ideographic space to
 * a space, and lower case: how a phone's Chinese keyboard types and how the
 * office's list was typed need not agree.
 */
export function halfWidth(s: string): string {
  let out = ''
  for (const ch of s) {
    const code = ch.charCodeAt(0)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else if (ch === '。' || ch === '｡') out += '.'
    else out += ch
  }
  return out.toLowerCase()
}

// Words people put before what they mean ("微信号：abc123", "尾号 6789").
// Matched as literal prefixes, longest first, so nothing backtracks.
const LABELS = [
  '银行卡尾号',
  '银行卡号',
  '银行卡',
  '支付宝账号',
  '支付宝',
  '微信号',
  '微信',
  'qq号',
  'qq',
  '手机号码',
  '手机号',
  '手机',
  '电话号码',
  '电话',
  '座机',
  '卡号',
  '账号',
  '账户',
  '尾号',
  '网址',
  '网站',
  '链接',
  '号码'
]
const LABEL_GAP = new Set([' ', ':', '：', '\t'])

function dropLabel(s: string): string {
  const t = s.trim()
  for (const label of LABELS) {
    if (!t.startsWith(label)) continue
    let i = label.length
    while (i < t.length && LABEL_GAP.has(t[i])) i++
    const rest = t.slice(i)
    // "微信" alone, or a name that starts with one of these words, stays as it is.
    if (rest && !isHan(rest[0])) return rest
  }
  return t
}

// Characters people put inside numbers: spaces, dashes, brackets, dots, a plus.
const NUMBER_PUNCTUATION = new Set([' ', '-', '—', '–', '－', '(', ')', '（', '）', '.', '+', '/'])

/** The digits of a number, or null if the text is not a number (something else than digits and the punctuation numbers are typed with). */
function numberDigits(s: string): string | null {
  let digits = ''
  for (const c of s) {
    if (isDigit(c)) digits += c
    else if (!NUMBER_PUNCTUATION.has(c)) return null
  }
  return digits || null
}

/**
 * A number without its country code: +86 / 0086 / 86 before a mobile number
 * (11 digits starting with 1) is dropped, so the three ways of writing one
 * number agree.
 */
function nationalNumber(digits: string): string {
  for (const cc of ['0086', '86']) {
    if (digits.length === cc.length + 11 && digits.startsWith(cc) && digits[cc.length] === '1') return digits.slice(cc.length)
  }
  return digits
}

/**
 * A landline without its area code, or null: 010 and 02x are three digits,
 * every other 0xxx four, and a local number has seven or eight digits.
 * Residents often leave the area code off (the exposure list may have it, or not).
 */
export function localNumber(digits: string): string | null {
  if (digits[0] !== '0') return null
  const area = digits[1] === '1' || digits[1] === '2' ? 3 : 4
  const local = digits.slice(area)
  return local.length >= 7 && local.length <= 8 ? local : null
}

/** Site and path of a link: no scheme, no www., no port 80/443, no query or fragment, no trailing slash; the host in lower case. */
function linkKey(s: string): string | null {
  let t = s.trim()
  const scheme = t.indexOf('://')
  if (scheme >= 0) t = t.slice(scheme + 3)
  let end = t.length
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '?' || t[i] === '#') {
      end = i
      break
    }
  }
  t = t.slice(0, end)
  const slash = t.indexOf('/')
  let host = slash >= 0 ? t.slice(0, slash) : t
  let path = slash >= 0 ? t.slice(slash) : ''
  const at = host.lastIndexOf('@')
  if (at >= 0) host = host.slice(at + 1)
  if (host.endsWith(':80') || host.endsWith(':443')) host = host.slice(0, host.lastIndexOf(':'))
  if (host.startsWith('www.')) host = host.slice(4)
  while (host.endsWith('.')) host = host.slice(0, -1)
  while (path.endsWith('/')) path = path.slice(0, -1)
  // A host has a dot and only the characters hosts have.
  if (!host.includes('.') || host.startsWith('.')) return null
  for (const c of host) if (!(isAsciiLetter(c) || isDigit(c) || c === '.' || c === '-' || c === ':')) return null
  // "abc.123" is not a site (a site's last part starts with a letter); an IP address is.
  const labels = host.split(':')[0].split('.')
  const top = labels[labels.length - 1]
  const ip = labels.length === 4 && labels.every((l) => l !== '' && numberDigits(l) === l)
  if (!top || (!isAsciiLetter(top[0]) && !ip)) return null
  return host + path
}

/** A name's comparable form: letters, digits and ideographs only (brackets, dots and spaces go, what they held stays). */
function compact(s: string): string {
  let out = ''
  for (const c of s) if (isHan(c) || isDigit(c) || isAsciiLetter(c)) out += c
  return out
}

// The legal form at the end of a company name says nothing about which company
// it is: "某某有限公司" and "某某有限责任公司" are the same name to a resident.
const SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '责任公司', '集团公司', '分公司', '公司']

/** A name without its legal form (after `compact`). */
function nameCore(compacted: string): string {
  for (const suffix of SUFFIXES) {
    if (compacted.endsWith(suffix) && compacted.length > suffix.length) return compacted.slice(0, -suffix.length)
  }
  return compacted
}

// Words that many company names share; a part made only of them ("投资管理",
// "天津财富") would find half the list, so it does not count as distinctive.
const GENERIC = [
  '电子商务',
  '信息技术',
  '网络科技',
  '资产管理',
  '财富管理',
  '投资管理',
  '投资咨询',
  '商务咨询',
  '企业管理',
  '供应链',
  '互联网',
  '投资',
  '管理',
  '咨询',
  '财富',
  '资产',
  '金融',
  '理财',
  '科技',
  '信息',
  '技术',
  '网络',
  '服务',
  '文化',
  '传媒',
  '商贸',
  '贸易',
  '实业',
  '发展',
  '控股',
  '集团',
  '国际',
  '中国',
  '中华',
  '天津',
  '北京',
  '上海',
  '滨海',
  '新区',
  '养老',
  '健康',
  '生物',
  '农业',
  '合作社',
  '专业',
  '有限',
  '责任',
  '股份',
  '公司',
  '中心',
  '工作室',
  '商行',
  '门店'
]

/** Whether a name part is more than shared business words: greedy, longest word first, one pass over the text. */
export function isDistinctive(core: string): boolean {
  let i = 0
  while (i < core.length) {
    const word = GENERIC.find((w) => core.startsWith(w, i))
    if (!word) return true
    i += word.length
  }
  return false
}

/**
 * What a query or a listed identifier is, in its canonical form; null when
 * nothing searchable is left (only punctuation, or too short to mean anything).
 */
export function lookupKey(input: string): LookupKey | null {
  const text = dropLabel(halfWidth(input.slice(0, LOOKUP_MAX * 2)))
  if (!text) return null
  const digits = numberDigits(text)
  if (digits !== null) {
    // A card's last four digits are the shortest number anyone quotes.
    return digits.length >= 4 ? { kind: 'number', key: nationalNumber(digits) } : null
  }
  let hasHan = false
  for (const c of text) if (isHan(c)) hasHan = true
  if (!hasHan) {
    const link = text.includes('@') && !text.includes('/') ? null : linkKey(text)
    if (link) return { kind: 'link', key: link }
    let account = ''
    for (const c of text) if (c !== ' ' && c !== '-' && c !== '—') account += c
    return account.length >= 3 ? { kind: 'account', key: account } : null
  }
  const name = nameCore(compact(text))
  return name.length >= 2 ? { kind: 'name', key: name } : null
}

/** Why a listed identifier cannot be looked up, in the office's words; null when it can. */
export function identifierProblem(identifier: string): string | null {
  if (!identifier.trim()) return '其他名称、电话、网址、账号不能有空行。'
  if (identifier.length > IDENTIFIER_LIMITS.length) return `“${identifier.slice(0, 12)}…”太长了，每项最多 ${IDENTIFIER_LIMITS.length} 个字。`
  if (!lookupKey(identifier)) return `“${identifier}”查不出来：电话至少 4 位数字，账号至少 3 个字符，名称至少 2 个字。`
  return null
}

export interface LookupEntry {
  id: string
  name: string
  /** Other names, phone numbers, links and accounts the office listed with it. */
  identifiers: readonly string[]
}

/** An entry of the exposure list (曝光台) as residents see it, and as 查一查 answers with it. */
export interface Exposure {
  id: string
  name: string
  what: string
  exposedOn: string
  source: string
  /** Other names, phone numbers, links and accounts published with it (查一查 finds it by them). */
  identifiers: string[]
  /** The town whose office published it, or null for the district's (shown in every town). */
  town: string | null
}

/** An entry as the office's desk lists it. */
export interface ExposureRecord extends Exposure {
  status: 'published' | 'withdrawn'
  updatedAt: string
  /** A district entry the signed-in town's residents do not see (that town hid it); always false for the district's people. */
  hidden: boolean
}

export interface LookupHit {
  id: string
  /** What matched: the listed text, as the office wrote it. */
  matched: string
  kind: LookupKind
}

export interface LookupAnswer {
  /** What the query was read as; null when nothing in it can be looked up. */
  query: LookupKey | null
  hits: LookupHit[]
  /** Set when a name was too short or too common to look for as a part of longer names. */
  partial: 'short' | 'generic' | null
}

interface Listed {
  id: string
  text: string
  kind: LookupKind
  key: string
}

const MAX_HITS = 20
const gram = (s: string, at = 0) => s.slice(at, at + NAME_PART_MIN)

function push<K>(map: Map<K, Listed[]>, key: K, item: Listed): void {
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

/**
 * The published entries, indexed by every key a query can meet: a name's
 * core exactly, each of its 4-character pieces (a query that is part of the
 * name starts with one), its first four characters (a query that contains
 * the name has them somewhere); a number, and a landline without its area
 * code, and a card's last four digits; a link's site and path.
 */
export class LookupIndex {
  private readonly exact = new Map<string, Listed[]>()
  private readonly pieces = new Map<string, Listed[]>()
  private readonly starts = new Map<string, Listed[]>()
  private readonly tails = new Map<string, Listed[]>()

  constructor(entries: readonly LookupEntry[]) {
    for (const e of entries) {
      for (const text of [e.name, ...e.identifiers]) {
        const k = lookupKey(text)
        if (!k) continue
        const item = { id: e.id, text, ...k }
        push(this.exact, `${k.kind}:${k.key}`, item)
        if (k.kind === 'name') {
          if (k.key.length >= NAME_PART_MIN) push(this.starts, gram(k.key), item)
          const seen = new Set<string>()
          for (let i = 0; i + NAME_PART_MIN <= k.key.length; i++) {
            const g = gram(k.key, i)
            if (!seen.has(g)) push(this.pieces, g, item)
            seen.add(g)
          }
        } else if (k.kind === 'number') {
          const local = localNumber(k.key)
          if (local) push(this.exact, `number:${local}`, item)
          if (k.key.length >= 12) push(this.tails, k.key.slice(-4), item)
        }
      }
    }
  }

  find(input: string): LookupAnswer {
    const query = lookupKey(input)
    const answer: LookupAnswer = { query, hits: [], partial: null }
    if (!query) return answer
    const hits = new Map<string, LookupHit>()
    const hit = (l: Listed) => {
      if (!hits.has(l.id) && hits.size < MAX_HITS) hits.set(l.id, { id: l.id, matched: l.text, kind: l.kind })
    }
    const { kind, key } = query
    for (const l of this.exact.get(`${kind}:${key}`) ?? []) hit(l)
    if (kind === 'number') {
      const local = localNumber(key)
      if (local) for (const l of this.exact.get(`number:${local}`) ?? []) hit(l)
      // The last digits of a card: those the office listed a card number for.
      if (key.length >= 4 && key.length <= 6) for (const l of this.tails.get(key.slice(-4)) ?? []) if (l.key.endsWith(key)) hit(l)
      // A full card number against a tail the office listed.
      if (key.length >= 12) for (let n = 4; n <= 6; n++) for (const l of this.exact.get(`number:${key.slice(-n)}`) ?? []) hit(l)
    } else if (kind === 'link') {
      // A page on a listed site, or under a listed page.
      for (let i = key.indexOf('/'); i > 0; i = key.indexOf('/', i + 1)) for (const l of this.exact.get(`link:${key.slice(0, i)}`) ?? []) hit(l)
    } else if (kind === 'name') {
      if (key.length < NAME_PART_MIN) answer.partial = 'short'
      else if (!isDistinctive(key)) answer.partial = 'generic'
      else {
        // The query is part of a listed name: the listed name holds the query's first piece.
        for (const l of this.pieces.get(gram(key)) ?? []) if (l.key.includes(key)) hit(l)
      }
      // A listed name inside what was typed ("听说某某财富管理在招人"): wherever its first four characters appear.
      for (let i = 0; i + NAME_PART_MIN <= key.length; i++) {
        for (const l of this.starts.get(gram(key, i)) ?? []) {
          if (key.startsWith(l.key, i) && isDistinctive(l.key)) hit(l)
        }
      }
    }
    answer.hits = [...hits.values()]
    return answer
  }
}
