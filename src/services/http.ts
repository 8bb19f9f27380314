import Taro from '@tarojs/taro'
import { API_BASE } from './env'
import { load, save } from './cache'

/** An error with a message a resident can read; the code stays for logs. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export interface Fetched<T> {
  data: T
  /** Set when the network failed and this is the copy saved on the phone. */
  offlineSince?: number
}

const TIMEOUT_MS = 12000

async function get<T>(path: string): Promise<T> {
  let res: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject | ArrayBuffer>
  try {
    res = await Taro.request({ url: `${API_BASE}${path}`, method: 'GET', timeout: TIMEOUT_MS, dataType: 'json' })
  } catch {
    throw new ApiError(0, 'network', '网络不太好，没能连上服务器，请稍后再试。')
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return res.data as T
  const body = res.data as { error?: { code?: string; message?: string } } | undefined
  throw new ApiError(res.statusCode, body?.error?.code ?? `http_${res.statusCode}`, body?.error?.message ?? '服务器开小差了，请稍后再试。')
}

/**
 * GET from the API. A successful answer is saved on the phone; when the
 * network or the server fails, the saved copy is returned and marked, so
 * whatever a resident has read before still opens on a bad signal.
 */
export async function fetchJson<T>(path: string): Promise<Fetched<T>> {
  try {
    const data = await get<T>(path)
    save(path, data)
    return { data }
  } catch (err) {
    const clientError = err instanceof ApiError && err.status >= 400 && err.status < 500
    const saved = clientError ? null : load<T>(path)
    if (saved) return { data: saved.data, offlineSince: saved.savedAt }
    throw err
  }
}

export function query(params: Record<string, string | number | boolean | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

/** Where an uploaded image is served. */
export const imageUrl = (id: string): string => `${API_BASE}/api/images/${encodeURIComponent(id)}`
