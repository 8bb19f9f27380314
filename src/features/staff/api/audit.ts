import type { Page } from '../../../core/reading-types'
import { query, staffApi } from '../../../services/http'
import { usePagedList } from '../../../services/use-resource'

export interface AuditItem {
  id: string
  at: string
  actor: string
  action: string
  targetType: string | null
  targetId: string | null
  detail: Record<string, unknown>
}

export interface AuditFilter {
  actor?: string
  action?: string
  from?: string
  to?: string
}

export const getAudit = async (f: AuditFilter, page: number) => ({
  data: await staffApi<Page<AuditItem>>('GET', `/api/admin/audit${query({ ...f, page, pageSize: 30 })}`)
})

export const useAudit = ({ actor, action, from, to }: AuditFilter) => usePagedList((page) => getAudit({ actor, action, from, to }, page), [actor, action, from, to])
