import type { Exposure, ExposureRecord } from '../../../core/lookup'
import type { Page } from '../../../core/reading-types'
import { fetchJson, query, staffApi } from '../../../services/http'
import { usePagedList, useResource } from '../../../services/use-resource'

export type { ExposureRecord }

export type ExposureFields = Omit<Exposure, 'id' | 'town'>

export const searchExposures = (q: string, page: number) => fetchJson<Page<Exposure>>(`/api/exposures${query({ q, page, pageSize: 20 })}`)
export const useExposures = (q: string, enabled = true) => usePagedList((page) => searchExposures(q, page), [q], enabled)

export const useExposureRecords = () => useResource(async () => ({ data: await staffApi<{ items: ExposureRecord[] }>('GET', '/api/admin/exposures') }), [])
export const createExposure = (f: ExposureFields) => staffApi<ExposureRecord>('POST', '/api/admin/exposures', f)
export const saveExposure = (id: string, f: ExposureFields) => staffApi('PUT', `/api/admin/exposures/${id}`, f)
export const setExposurePublished = (id: string, publish: boolean) => staffApi('POST', `/api/admin/exposures/${id}/${publish ? 'publish' : 'withdraw'}`)
