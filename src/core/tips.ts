/**
 * The anonymous tip: what a resident may tell, the ranges offered, and the
 * statuses the office works it through. Shared by the form and the server.
 */
import { CATEGORIES } from './categories'

export const TIP_DISGUISES = [...CATEGORIES.filter((c) => c.code !== 'basics').map((c) => ({ code: c.code, name: c.name })), { code: 'other', name: '其他或说不清' }]

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

/** "1234 5678 9012 3456": easier to read out and copy down. */
export const formatReceipt = (receipt: string): string => receipt.replace(/\D/g, '').replace(/(\d{4})(?=\d)/g, '$1 ')

/** Accepts a receipt typed with spaces or dashes. */
export const normaliseReceipt = (text: string): string => text.replace(/[\s-]/g, '')

/** What a tipster sees with the receipt. */
export interface TipsterView {
  status: TipStatusCode
  statusLabel: string
  createdAt: string
  messages: { from: 'office' | 'tipster'; text: string; at: string }[]
}

/** A tip on the office's desk, decrypted for a tip handler. */
export interface DeskTip {
  id: string
  status: TipStatusCode
  statusLabel: string
  unit: string | null
  createdAt: string
  updatedAt: string
  /** Set aside as junk: hidden from the desk's default list, kept until the retention period ends. */
  spam: boolean
  photoCount: number
  content: TipContent
}

/** Which tips the desk lists, as to spam. */
export const SPAM_VIEWS = { exclude: '不含垃圾', only: '只看垃圾', all: '全部' } as const
export type SpamView = keyof typeof SPAM_VIEWS

/** One page of the desk's list; `next` continues after the last tip looked at (null: no more). */
export interface DeskTipPage {
  items: DeskTip[]
  next: string | null
  /** How many tips the server looked at for this page (a search looks at a bounded number each time). */
  scanned: number
}

export interface DeskTipDetail extends DeskTip {
  messages: { id: string; kind: 'tipster' | 'office' | 'note'; text: string; at: string; author: string | null }[]
  photoIds: string[]
}
