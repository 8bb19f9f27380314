import { sha256 } from 'js-sha256'
import { useCallback, useEffect, useRef, useState } from 'react'
import { solve } from '../../../core/proof-of-work'
import type { DeskTip, DeskTipDetail, DeskTipPage, SpamView, TipContent, TipStatusCode, TipsterView } from '../../../core/tips'
import { messageOf } from '../../../services/feedback'
import { fetchJson, postJson, query, staffApi, uploadPicture } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export type { DeskTip, DeskTipDetail, TipsterView }

export interface TipForm extends TipContent {
  photoIds: string[]
}

/** Files a tip: the phone first does the small proof of work the server asks for. */
export async function sendTip(form: TipForm): Promise<string> {
  const { data } = await fetchJson<{ challenge: string; bits: number }>('/api/tips/challenge')
  const nonce = solve(data.challenge, data.bits, (t) => new Uint8Array(sha256.arrayBuffer(t)))
  const res = await postJson<{ receipt: string }>('/api/tips', { ...form, pow: { challenge: data.challenge, nonce } })
  return res.receipt
}

export const uploadTipPhoto = (filePath: string) => uploadPicture('/api/tips/photos', filePath, false)

// The receipt always goes in a request body, never in a URL or storage.
export const lookupTip = (receipt: string) => postJson<TipsterView>('/api/tips/lookup', { receipt })
export const addTipMessage = (receipt: string, text: string, photoIds: string[]) => postJson('/api/tips/messages', { receipt, text, photoIds })

export interface DeskFilter {
  status?: TipStatusCode
  spam: SpamView
  photos?: boolean
  disguise?: string
  village?: string
  /** Words to find in what tipsters wrote. */
  q?: string
  /** Beijing days, 2026-06-15. */
  from?: string
  to?: string
}

export interface DeskList {
  items: DeskTip[]
  loading: boolean
  loadingMore: boolean
  error?: string
  /** There are older tips to look at. */
  more: boolean
  /** How many tips the server has looked at for this list so far (a search decrypts a bounded number each time). */
  scanned: number
  refresh: () => Promise<void>
  loadMore: () => Promise<void>
}

/** The desk's list: page after page from where the last one stopped, starting over on refresh or a new filter. */
export function useDeskTips(f: DeskFilter): DeskList {
  const [state, setState] = useState<{ items: DeskTip[]; next: string | null; scanned: number; loading: boolean; loadingMore: boolean; error?: string }>({
    items: [],
    next: null,
    scanned: 0,
    loading: true,
    loadingMore: false
  })
  const key = JSON.stringify(f)
  const latest = useRef(0)
  const busy = useRef(false)
  const page = (after: string | null) => staffApi<DeskTipPage>('GET', `/api/admin/tips${query({ ...f, after: after ?? undefined })}`)

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
  }, [key])

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
  }, [key, state.next])

  useEffect(() => {
    void refresh()
  }, [refresh])

  return { items: state.items, loading: state.loading, loadingMore: state.loadingMore, error: state.error, more: state.next !== null, scanned: state.scanned, refresh, loadMore }
}

/** Sets tips aside as spam (true) or takes them back (false); returns how many changed. */
export const markSpam = async (ids: string[], spam: boolean) => (await staffApi<{ changed: number }>('POST', '/api/admin/tips/spam', { ids, spam })).changed
export const useDeskTip = (id: string) => useResource(async () => ({ data: await staffApi<DeskTipDetail>('GET', `/api/admin/tips/${id}`) }), [id])
export const replyToTip = (id: string, text: string) => staffApi('POST', `/api/admin/tips/${id}/replies`, { text })
export const noteOnTip = (id: string, text: string) => staffApi('POST', `/api/admin/tips/${id}/notes`, { text })
export const moveTip = (id: string, status: TipStatusCode, extra: { unit?: string; reason?: string } = {}) => staffApi('POST', `/api/admin/tips/${id}/status`, { status, ...extra })

export const getRetention = () => staffApi<{ days: number }>('GET', '/api/admin/tips-retention')
export const setRetention = (days: number) => staffApi('PUT', '/api/admin/tips-retention', { days })
