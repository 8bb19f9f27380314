import Taro from '@tarojs/taro'
import type { Hotline } from '../core/reading-types'
import { load } from './cache'
import { fetchJson, type Fetched } from './http'
import { useResource } from './use-resource'

/**
 * The consultation hotline, wanted on home, 举报, 广告体检 and on any page a
 * shared link opens first, so it lives here rather than in one feature.
 */
const PATH = '/api/hotline'

export const getHotline = (): Promise<Fetched<Hotline>> => fetchJson(PATH)

/** The hotline as this phone last saw it: shown from the first paint, before (or without) the network. */
export const savedHotline = (): Hotline | undefined => load<Hotline>(PATH)?.data

export const useHotline = () => useResource(getHotline, [], savedHotline)

export function callHotline(phone: string): void {
  Taro.makePhoneCall({ phoneNumber: phone }).catch(() => {
    // Cancelling the system dialog rejects; nothing to tell the resident.
  })
}
