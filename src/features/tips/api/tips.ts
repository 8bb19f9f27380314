import { sha256 } from 'js-sha256'
import { solveInSlices } from '../../../core/proof-of-work'
import { TIP_LIMITS, type DeskTip, type DeskTipDetail, type TipContent, type TipStatusCode, type TipsterView } from '../../../core/tips'
import { ApiError, fetchJson, postJson, query, staffApi, uploadPicture } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export type { DeskTip, DeskTipDetail, TipsterView }

export interface TipForm extends TipContent {
  photoIds: string[]
}

/** The small proof of work the server asks for before it takes a tip or a photo, solved in slices so the page stays alive. */
async function proofOfWork(): Promise<{ challenge: string; nonce: string }> {
  const { data } = await fetchJson<{ challenge: string; bits: number }>('/api/tips/challenge')
  return { challenge: data.challenge, nonce: await solveInSlices(data.challenge, data.bits, (t) => new Uint8Array(sha256.arrayBuffer(t))) }
}

export type SendingPhase = 'checking' | 'sending'

/** Files a tip, with a proof of work of its own; `onPhase` tells the page what it is waiting for. */
export async function sendTip(form: TipForm, onPhase?: (phase: SendingPhase) => void): Promise<string> {
  onPhase?.('checking')
  const pow = await proofOfWork()
  onPhase?.('sending')
  const res = await postJson<{ receipt: string }>('/api/tips', { ...form, pow })
  return res.receipt
}

// The photos of one tip share one solved challenge (the server takes it for
// up to TIP_LIMITS.photos of them), so a phone does the work once, not per photo.
let photoProof: { header: string; left: number } | null = null
const PROOF_REFUSED = new Set(['bad_proof', 'proof_expired'])

export async function uploadTipPhoto(filePath: string, retried = false): Promise<{ id: string }> {
  if (!photoProof || photoProof.left === 0) {
    const { challenge, nonce } = await proofOfWork()
    photoProof = { header: `${challenge}:${nonce}`, left: TIP_LIMITS.photos }
  }
  photoProof.left--
  try {
    return await uploadPicture('/api/tips/photos', filePath, false, { 'x-tip-proof': photoProof.header })
  } catch (err) {
    // An old challenge (the page stayed open, the server restarted) is solved again once.
    if (retried || !(err instanceof ApiError) || !PROOF_REFUSED.has(err.code)) throw err
    photoProof = null
    return uploadTipPhoto(filePath, true)
  }
}

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
