import type { ContentStatus } from '../../../core/publishing'
import type { QuizKind } from '../../../core/quiz'
import { API_BASE } from '../../../services/env'
import { ApiError, query, staffApi } from '../../../services/http'
import { currentSession } from '../../../services/staff-session'
import { useResource } from '../../../services/use-resource'

export interface BankItem {
  id: string
  kind: QuizKind
  category: string
  difficulty: number
  prompt: string
  status: ContentStatus
  /** What a publish from the list names: the revision listed. */
  revision: number
  updatedAt: string
}

export const useBank = (status: string) => useResource(async () => ({ data: await staffApi<{ items: BankItem[] }>('GET', `/api/admin/quiz/items${query({ status })}`) }), [status])

/** Uploads a CSV or XLSX of questions from the office's desk browser; the answer says how many were imported or, row by row, what is wrong. */
export async function importBank(file: File): Promise<number> {
  const form = new FormData()
  form.append('file', file, file.name)
  const session = currentSession()
  const res = await fetch(`${API_BASE}/api/admin/quiz/import`, { method: 'POST', body: form, headers: session ? { Authorization: `Bearer ${session.token}` } : {} })
  const body = (await res.json().catch(() => ({}))) as { imported?: number; error?: { code: string; message: string } }
  if (!res.ok) throw new ApiError(res.status, body.error?.code ?? `http_${res.status}`, body.error?.message ?? '导入失败')
  return body.imported ?? 0
}
