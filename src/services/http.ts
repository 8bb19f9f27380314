import Taro from '@tarojs/taro'
import { API_BASE } from './env'
import { load, save } from './cache'
import { currentSession, saveSession } from './staff-session'
import { saveInBrowser } from './browser-download'
import { chosenTown, withTown } from './town-choice'

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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH'

function toResult<T>(statusCode: number, data: unknown): T {
  if (statusCode >= 200 && statusCode < 300) return data as T
  const body = data as { error?: { code?: string; message?: string } } | undefined
  throw new ApiError(statusCode, body?.error?.code ?? `http_${statusCode}`, body?.error?.message ?? '服务器开小差了，请稍后再试。')
}

const NETWORK = () => new ApiError(0, 'network', '网络不太好，没能连上服务器，请稍后再试。')

async function send<T>(method: Method, path: string, body?: object, headers?: Record<string, string>): Promise<T> {
  let res: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject | ArrayBuffer>
  try {
    res = await Taro.request({ url: `${API_BASE}${path}`, method, data: body, header: headers, timeout: TIMEOUT_MS, dataType: 'json' })
  } catch {
    throw NETWORK()
  }
  return toResult<T>(res.statusCode, res.data)
}

/**
 * Which town a resident request is for: by default the one this resident
 * chose (none chosen: no `town=`, the deployment's default town); a string
 * names another (a tip handed to the district); null names none (the town list).
 */
export type TownScope = string | null | undefined

/** The path a resident request goes to: with `town=CODE` when there is a town to name. */
export const residentPath = (path: string, town?: TownScope): string => (town === null ? path : withTown(path, town ?? chosenTown()))

/**
 * GET from the API. A successful answer is saved on the phone; when the
 * network or the server fails, the saved copy is returned and marked, so
 * whatever a resident has read before still opens on a bad signal. The copy
 * is kept under the path with its `town=`, so it only ever stands in for the
 * same town's answer.
 */
export async function fetchJson<T>(path: string, town?: TownScope): Promise<Fetched<T>> {
  const url = residentPath(path, town)
  try {
    const data = await send<T>('GET', url)
    save(url, data)
    return { data }
  } catch (err) {
    const clientError = err instanceof ApiError && err.status >= 400 && err.status < 500
    const saved = clientError ? null : load<T>(url)
    if (saved) return { data: saved.data, offlineSince: saved.savedAt }
    throw err
  }
}

/** The copy of a GET this phone saved for the resident's town, without asking the network. */
export const savedCopy = <T>(path: string) => load<T>(residentPath(path))

/** Authorization for the signed-in staff member; a 401 ends the session on this device. */
function staffHeaders(): Record<string, string> {
  const session = currentSession()
  return session ? { Authorization: `Bearer ${session.token}` } : {}
}

function endSessionOn401(err: unknown): never {
  if (err instanceof ApiError && err.status === 401) saveSession(null)
  throw err
}

/** A call to the office's API (never saved for offline use: staff data must be current). */
export function staffApi<T>(method: Method, path: string, body?: object): Promise<T> {
  return send<T>(method, path, body ?? (method === 'GET' ? undefined : {}), staffHeaders()).catch(endSessionOn401)
}

/**
 * Uploads a picture; with `asStaff`, as the signed-in staff member (no town: staff act for their account's), else for `town`.
 * Returns the server's answer: the stored id, or for a flyer to read, its text.
 */
export async function uploadPicture<T = { id: string }>(path: string, filePath: string, asStaff: boolean, header: Record<string, string> = {}, town?: TownScope): Promise<T> {
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({ url: `${API_BASE}${asStaff ? path : residentPath(path, town)}`, filePath, name: 'file', header: { ...(asStaff ? staffHeaders() : {}), ...header } })
  } catch {
    throw NETWORK()
  }
  let data: unknown
  try {
    data = JSON.parse(res.data)
  } catch {
    data = undefined
  }
  try {
    return toResult<T>(res.statusCode, data)
  } catch (err) {
    return asStaff ? endSessionOn401(err) : Promise.reject(err)
  }
}

/** Uploads a picture the office chose for an article, lesson or banner. */
export const uploadImage = (filePath: string) => uploadPicture('/api/admin/images', filePath, true)

/** A resident's POST, neither cached nor signed (the tip box, quiz rounds); its town in the query like a GET's. */
export const postJson = <T>(path: string, body: object, town?: TownScope): Promise<T> => send<T>('POST', residentPath(path, town), body)

/** Downloads a staff-only file (a tip photo, an export) and returns a local path to it. */
export async function downloadStaffFile(path: string): Promise<string> {
  let res: Taro.downloadFile.FileSuccessCallbackResult
  try {
    res = await Taro.downloadFile({ url: `${API_BASE}${path}`, header: staffHeaders() })
  } catch {
    throw NETWORK()
  }
  if (res.statusCode !== 200) endSessionOn401(new ApiError(res.statusCode, `http_${res.statusCode}`, '文件没能下载，请重新登录后再试。'))
  return res.tempFilePath
}

/** Saves a staff-only export (a CSV) from the desk browser under the given name. */
export async function saveStaffExport(path: string, fileName: string): Promise<void> {
  saveInBrowser(await downloadStaffFile(path), fileName)
}

export function query(params: Record<string, string | number | boolean | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

/** Where an uploaded image is served. */
export const imageUrl = (id: string): string => `${API_BASE}/api/images/${encodeURIComponent(id)}`
