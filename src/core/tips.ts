/**
 * The anonymous tip box: what a resident may tell, the ranges offered, and the
 * statuses the office works it through. Shared by the form and the server.
 *
 * The box holds two kinds of case with the same receipt, encryption and
 * conversation: a tip about illegal fundraising, and 投诉建议 (a complaint or
 * suggestion about the app or the office's service), which the 2026 rules for
 * government apps (国办函〔2026〕12号) require in every such app.
 */
import { CATEGORIES } from './categories'

export const TIP_DISGUISES = [...CATEGORIES.filter((c) => c.code !== 'basics').map((c) => ({ code: c.code, name: c.name })), { code: 'other', name: '其他或说不清' }]

/**
 * The kinds a resident sees first when reporting: the ones villagers meet most, and 其他或说不清. Sixteen chips at once,
 * several with names only the office uses (金融互助 beside 村民互助社), left a 70-year-old unsure which to tap; the rest
 * are one tap away (更多类型). A kind chosen for them (from 广告体检) comes first.
 */
const COMMON_DISGUISES = ['pension', 'wealth_investment', 'village_coop', 'rebate', 'project', 'other']

/** Names said as a resident meets the scheme; the office's desk keeps the category names (the stored code is the same). */
const RESIDENT_NAMES: Record<string, string> = {
  mutual_finance: '互助盘、互助理财',
  village_coop: '合作社、互助社入股',
  art_collection: '藏品、艺术品'
}

/** The tip form's kinds for a resident: the common ones (with `first` at their head), or all when `all`. */
export function residentDisguises(first: string | undefined, all: boolean): { code: string; name: string }[] {
  const named = TIP_DISGUISES.map((d) => ({ code: d.code, name: RESIDENT_NAMES[d.code] ?? d.name }))
  const head = [...new Set([...(first ? [first] : []), ...COMMON_DISGUISES])]
  const common = head.map((c) => named.find((d) => d.code === c)).filter((d): d is { code: string; name: string } => d !== undefined)
  return all ? [...common, ...named.filter((d) => !head.includes(d.code))] : common
}

export const AMOUNT_RANGES = ['1万元以下', '1万到10万元', '10万到100万元', '100万元以上', '不清楚'] as const
export const PEOPLE_RANGES = ['10人以下', '10到50人', '50到200人', '200人以上', '不清楚'] as const

export const TIP_LIMITS = { organisation: 100, place: 60, what: 5000, when: 50, contact: 100, message: 2000, photos: 6 } as const

export const TIP_STATUSES = {
  new: '新线索',
  checking: '核实中',
  referred: '已移交',
  closed: '已办结',
  rejected: '不予受理'
} as const

export type TipStatusCode = keyof typeof TIP_STATUSES

/** What a tipster is told about their tip: no unit names, no internal detail. */
export const TIPSTER_STATUS_LABEL: Record<TipStatusCode, string> = {
  new: '已收到，等待处理',
  checking: '正在核实',
  referred: '已移交有关部门处理',
  closed: '已办结',
  rejected: '不予受理'
}

/** Where each status may go next. */
export const TIP_TRANSITIONS: Record<TipStatusCode, TipStatusCode[]> = {
  new: ['checking', 'rejected'],
  checking: ['referred', 'closed', 'rejected'],
  referred: ['closed'],
  closed: [],
  rejected: []
}

// A type alias (not an interface) so it fits the API's JSON record schema.
export type TipContent = {
  disguise: string
  organisation: string
  place: string
  what: string
  amount?: string
  people?: string
  when?: string
  /** Only when the tipster chose to be contactable. */
  contact?: string
}

export const CASE_KINDS = ['tip', 'feedback'] as const
export type CaseKind = (typeof CASE_KINDS)[number]

export const FEEDBACK_TOPICS = [
  { code: 'app', name: '关于小程序' },
  { code: 'service', name: '关于办事服务' },
  { code: 'other', name: '其他' }
] as const

export const FEEDBACK_LIMITS = { what: 2000, contact: TIP_LIMITS.contact } as const

export type FeedbackContent = {
  topic: string
  what: string
  /** Only when the resident chose to be contactable. */
  contact?: string
}

/** How the office works each kind of case, and the words the resident reads about it. */
export interface CaseFlow {
  /** What the resident calls it: 举报, 意见. */
  noun: string
  /** What the office calls one: 线索, 意见. */
  item: string
  /** Who filed it, as the office's pages name them. */
  sender: string
  /** The statuses this kind uses, with the office's label. */
  statuses: Partial<Record<TipStatusCode, string>>
  /** The same statuses as the resident is told them. */
  residentLabels: Partial<Record<TipStatusCode, string>>
  transitions: Record<TipStatusCode, TipStatusCode[]>
}

// Feedback is read, answered and closed: nothing to refer to a member unit or to reject.
export const CASE_FLOWS: Record<CaseKind, CaseFlow> = {
  tip: { noun: '举报', item: '线索', sender: '举报人', statuses: TIP_STATUSES, residentLabels: TIPSTER_STATUS_LABEL, transitions: TIP_TRANSITIONS },
  feedback: {
    noun: '意见',
    item: '意见',
    sender: '提意见的居民',
    statuses: { new: '新意见', checking: '处理中', closed: '已办结' },
    residentLabels: { new: '已收到，等待处理', checking: '正在处理', closed: '已办结' },
    transitions: { new: ['checking', 'closed'], checking: ['closed'], referred: [], closed: [], rejected: [] }
  }
}

export const statusLabel = (kind: CaseKind, status: TipStatusCode): string => CASE_FLOWS[kind].statuses[status] ?? TIP_STATUSES[status]

/** "1234 5678 9012 3456": easier to read out and copy down. */
export const formatReceipt = (receipt: string): string => receipt.replace(/\D/g, '').replace(/(\d{4})(?=\d)/g, '$1 ')

/** Accepts a receipt typed with spaces or dashes. */
export const normaliseReceipt = (text: string): string => text.replace(/[\s-]/g, '')

/** What a resident sees with the receipt. */
export interface TipsterView {
  kind: CaseKind
  /** Feedback's topic (a FEEDBACK_TOPICS code); a tip's contents are not sent back. */
  topic?: string
  status: TipStatusCode
  statusLabel: string
  createdAt: string
  messages: { from: 'office' | 'tipster'; text: string; at: string }[]
}

/** A case on the office's desk, decrypted for a tip handler. */
interface DeskCaseOf<K extends CaseKind, C> {
  id: string
  kind: K
  status: TipStatusCode
  statusLabel: string
  unit: string | null
  /** The town whose office it went to (its code); null: the district's, when the resident did not know the town. */
  town: string | null
  createdAt: string
  updatedAt: string
  /** Set aside as junk: hidden from the desk's default list, kept until the retention period ends. */
  spam: boolean
  photoCount: number
  content: C
}

export type DeskCase = DeskCaseOf<'tip', TipContent> | DeskCaseOf<'feedback', FeedbackContent>

/** Which tips the desk lists, as to spam. */
export const SPAM_VIEWS = { exclude: '不含垃圾', only: '只看垃圾', all: '全部' } as const
export type SpamView = keyof typeof SPAM_VIEWS

/** One page of the desk's list; `next` continues after the last case looked at (null: no more). */
export interface DeskCasePage {
  items: DeskCase[]
  next: string | null
  /** How many cases the server looked at for this page (a search looks at a bounded number each time). */
  scanned: number
}

export type DeskCaseDetail = DeskCase & {
  messages: { id: string; kind: 'tipster' | 'office' | 'note'; text: string; at: string; author: string | null }[]
  photoIds: string[]
}
