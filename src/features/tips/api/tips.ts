import { sha256 } from 'js-sha256'
import { solve } from '../../../core/proof-of-work'
import type { DeskTip, DeskTipDetail, TipContent, TipStatusCode, TipsterView } from '../../../core/tips'
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
  disguise?: string
  village?: string
}

export const useDeskTips = (f: DeskFilter) => useResource(async () => ({ data: await staffApi<{ items: DeskTip[] }>('GET', `/api/admin/tips${query({ ...f })}`) }), [f.status, f.disguise, f.village])
export const useDeskTip = (id: string) => useResource(async () => ({ data: await staffApi<DeskTipDetail>('GET', `/api/admin/tips/${id}`) }), [id])
export const replyToTip = (id: string, text: string) => staffApi('POST', `/api/admin/tips/${id}/replies`, { text })
export const noteOnTip = (id: string, text: string) => staffApi('POST', `/api/admin/tips/${id}/notes`, { text })
export const moveTip = (id: string, status: TipStatusCode, extra: { unit?: string; reason?: string } = {}) => staffApi('POST', `/api/admin/tips/${id}/status`, { status, ...extra })

export const getRetention = () => staffApi<{ days: number }>('GET', '/api/admin/tips-retention')
export const setRetention = (days: number) => staffApi('PUT', '/api/admin/tips-retention', { days })
