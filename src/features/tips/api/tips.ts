import { useCallback, useEffect, useRef, useState } from 'react'
import {
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
} from '../../../core/tips'
import { messageOf } from '../../../services/feedback'
import { ApiError, postJson, query, staffApi, uploadPicture } from '../../../services/http'
import { useResource } from '../../../services/use-resource'
import { PROOF_REFUSED, solveChallenge } from '../../../services/work-proof'

export type { DeskCase, DeskCaseDetail, TipsterView }

export interface TipForm extends TipContent {
  photoIds: string[]
}

export type SendingPhase = 'checking' | 'sending'

/**
 * Files a case with a proof of work of its own and returns its receipt;
 * `onPhase` tells the page what it is waiting for. `town` is where it goes
 * (a town's code or DISTRICT, as `town=` in the query); undefined, the
 * resident's own town.
 */
async function file(url: string, form: object, town: string | undefined, onPhase?: (phase: SendingPhase) => void, retried = false): Promise<string> {
  onPhase?.('checking')
  const pow = await solveChallenge(town)
  onPhase?.('sending')
  try {
    return (await postJson<{ receipt: string }>(url, { ...form, pow }, town)).receipt
  } catch (err) {
    if (retried || !(err instanceof ApiError) || !PROOF_REFUSED.has(err.code)) throw err
    return file(url, form, town, onPhase, true)
  }
}

export const sendTip = (form: TipForm, onPhase?: (phase: SendingPhase) => void, town?: string) => file('/api/tips', form, town, onPhase)
/** 投诉建议: feedback about the app or the office's service, in the same anonymous box as tips. */
export const sendFeedback = (form: FeedbackContent, onPhase?: (phase: SendingPhase) => void, town?: string) => file('/api/feedback', form, town, onPhase)

// The photos of one tip share one solved challenge (the server takes it for
// up to TIP_LIMITS.photos of them), so a phone does the work once, not per photo.
let photoProof: { header: string; left: number; town?: string } | null = null

/**
 * Uploads a photo for a tip going to `town` (undefined: the resident's town).
 * The server seals a photo to the receiving office's key as it arrives, so
 * the photos must go to the same place as the tip they belong to.
 */
export async function uploadTipPhoto(filePath: string, town?: string, retried = false): Promise<{ id: string }> {
  if (!photoProof || photoProof.left === 0 || photoProof.town !== town) {
    const { challenge, nonce } = await solveChallenge(town)
    photoProof = { header: `${challenge}:${nonce}`, left: TIP_LIMITS.photos, town }
  }
  photoProof.left--
  try {
    return await uploadPicture('/api/tips/photos', filePath, false, { 'x-tip-proof': photoProof.header }, town)
  } catch (err) {
    if (retried || !(err instanceof ApiError) || !PROOF_REFUSED.has(err.code)) throw err
    photoProof = null
    return uploadTipPhoto(filePath, town, true)
  }
}

// The receipt always goes in a request body, never in a URL or storage. It opens a tip or feedback alike.
export const lookupTip = (receipt: string) => postJson<TipsterView>('/api/tips/lookup', { receipt })
export const addTipMessage = (receipt: string, text: string, photoIds: string[]) => postJson('/api/tips/messages', { receipt, text, photoIds })

export interface DeskFilter {
  kind: CaseKind
  status?: TipStatusCode
  spam: SpamView
  photos?: boolean
  disguise?: string
  village?: string
  /** A town's code, or `district` for the district's own cases. */
  town?: string
  /** Feedback's topic. */
  topic?: string
  /** Words to find in what residents wrote. */
  q?: string
  /** Beijing days, 2026-06-15. */
  from?: string
  to?: string
}

export interface DeskList {
  items: DeskCase[]
  loading: boolean
  loadingMore: boolean
  error?: string
  /** There are older cases to look at. */
  more: boolean
  /** How many cases the server has looked at for this list so far (a search decrypts a bounded number each time). */
  scanned: number
  refresh: () => Promise<void>
  loadMore: () => Promise<void>
}

/** The desk's list of one kind: page after page from where the last one stopped, starting over on refresh or a new filter. */
export function useDeskTips(f: DeskFilter): DeskList {
  const [state, setState] = useState<{ items: DeskCase[]; next: string | null; scanned: number; loading: boolean; loadingMore: boolean; error?: string }>({
    items: [],
    next: null,
    scanned: 0,
    loading: true,
    loadingMore: false
  })
  // A filter with the same values is the same list: the callbacks change with its values, not with each new object.
  const key = JSON.stringify(f)
  const latest = useRef(0)
  const busy = useRef(false)
  const page = useCallback((after: string | null) => staffApi<DeskCasePage>('GET', `/api/admin/tips${query({ ...(JSON.parse(key) as DeskFilter), after: after ?? undefined })}`), [key])

  const refresh = useCallback(async () => {
    const ticket = ++latest.current
    busy.current = true
    setState((s) => ({ ...s, loading: true, error: undefined }))
    try {
      const got = await page(null)
      if (ticket === latest.current) setState({ items: got.items, next: got.next, scanned: got.scanned, loading: false, loadingMore: false })
    } catch (err) {
      if (ticket === latest.current) setState({ items: [], next: null, scanned: 0, loading: false, loadingMore: false, error: messageOf(err, '加载失败，请稍后再试。') })
    } finally {
      if (ticket === latest.current) busy.current = false
    }
  }, [page])

  const loadMore = useCallback(async () => {
    if (busy.current || !state.next) return
    const ticket = latest.current
    busy.current = true
    setState((s) => ({ ...s, loadingMore: true, error: undefined }))
    try {
      const got = await page(state.next)
      if (ticket === latest.current) setState((s) => ({ ...s, items: [...s.items, ...got.items], next: got.next, scanned: s.scanned + got.scanned, loadingMore: false }))
    } catch (err) {
      if (ticket === latest.current) setState((s) => ({ ...s, loadingMore: false, error: messageOf(err, '加载失败，请稍后再试。') }))
    } finally {
      if (ticket === latest.current) busy.current = false
    }
  }, [page, state.next])

  useEffect(() => {
    void refresh()
  }, [refresh])

  return { items: state.items, loading: state.loading, loadingMore: state.loadingMore, error: state.error, more: state.next !== null, scanned: state.scanned, refresh, loadMore }
}

/** Sets tips aside as spam (true) or takes them back (false); returns how many changed. */
export const markSpam = async (ids: string[], spam: boolean) => (await staffApi<{ changed: number }>('POST', '/api/admin/tips/spam', { ids, spam })).changed
export const useDeskTip = (id: string) => useResource(async () => ({ data: await staffApi<DeskCaseDetail>('GET', `/api/admin/tips/${id}`) }), [id])
export const replyToTip = (id: string, text: string) => staffApi('POST', `/api/admin/tips/${id}/replies`, { text })
export const noteOnTip = (id: string, text: string) => staffApi('POST', `/api/admin/tips/${id}/notes`, { text })
export const moveTip = (id: string, status: TipStatusCode, extra: { unit?: string; reason?: string } = {}) => staffApi('POST', `/api/admin/tips/${id}/status`, { status, ...extra })

export const getRetention = () => staffApi<{ days: number }>('GET', '/api/admin/tips-retention')
export const setRetention = (days: number) => staffApi('PUT', '/api/admin/tips-retention', { days })

/** Sends a case to another town's office, or to the district's (`district`): sealed anew, so the office it leaves can no longer open it. */
export const transferTip = (id: string, town: string) => staffApi('POST', `/api/admin/tips/${id}/transfer`, { town })

/** Gives a town's own office the cases it received before it had a key of its own (the district's to do); answers how many. */
export const sealOldCasesToTown = (town: string) => staffApi<{ cases: number }>('POST', '/api/admin/tips/reseal', { town })

/** How many tips and pieces of feedback came in, by day and by office (null: the district's own); no tip is opened. */
export interface TipCounts {
  days: { day: string; tips: number; feedback: number }[]
  byTown: { town: string | null; tips: number; feedback: number; closed: number }[]
}

export const tipCountsPath = (from: string, to: string, csv = false) => `/api/admin/tips/counts${csv ? '.csv' : ''}${query({ from, to })}`
export const useTipCounts = (from: string, to: string) => useResource(async () => ({ data: await staffApi<TipCounts>('GET', tipCountsPath(from, to)) }), [from, to])
