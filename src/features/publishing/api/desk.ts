import type { ContentStatus, EditorItem, EditorListItem, Fields, Kind, QuizEditorItem } from '../../../core/publishing'
import type { QuizFields } from '../../../core/quiz-item'
import { query, staffApi } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export type { ArticleFields, CaseFields, EditorItem, Kind, QuizEditorItem } from '../../../core/publishing'
export { STATUS_LABEL } from '../../../core/publishing'
export type Status = ContentStatus
export type DeskItem = EditorListItem

/** Everything written at the desk: articles, case lessons and quiz items share one workflow and one set of requests. */
export type DeskKind = Kind | 'quiz'
type FieldsOf<K extends DeskKind> = K extends 'quiz' ? QuizFields : Fields<Exclude<K, 'quiz'>>
type ItemOf<K extends DeskKind> = K extends 'quiz' ? QuizEditorItem : EditorItem<Exclude<K, 'quiz'>>

const BASE: Record<DeskKind, string> = { article: '/api/admin/articles', case: '/api/admin/cases', quiz: '/api/admin/quiz/items' }
const base = (kind: DeskKind) => BASE[kind]

export const useDesk = (kind: Kind, status?: Status) => useResource(async () => ({ data: await staffApi<{ items: DeskItem[] }>('GET', `${base(kind)}${query({ status })}`) }), [kind, status])

export const useEditorItem = <K extends DeskKind>(kind: K, id: string) => useResource(async () => ({ data: id ? await staffApi<ItemOf<K>>('GET', `${base(kind)}/${id}`) : null }), [kind, id])

export const createItem = <K extends DeskKind>(kind: K, fields: FieldsOf<K>) => staffApi<ItemOf<K>>('POST', base(kind), fields)
export const saveItem = <K extends DeskKind>(kind: K, id: string, fields: FieldsOf<K>, revision: number) => staffApi<ItemOf<K>>('PUT', `${base(kind)}/${id}${query({ revision })}`, fields)
export const submitItem = (kind: DeskKind, id: string) => staffApi('POST', `${base(kind)}/${id}/submit`)
export const rejectItem = (kind: DeskKind, id: string, reason: string) => staffApi('POST', `${base(kind)}/${id}/reject`, { reason })
/**
 * Publishes `revision`, the one the publisher has read (the server refuses with 409 if the text changed since);
 * `at` schedules an article or case, quiz items are published at once.
 */
export const publishItem = (kind: DeskKind, id: string, revision: number, at?: string) => staffApi('POST', `${base(kind)}/${id}/publish`, at ? { revision, at } : { revision })
export const withdrawItem = (kind: DeskKind, id: string) => staffApi('POST', `${base(kind)}/${id}/withdraw`)
export const restoreItem = <K extends DeskKind>(kind: K, id: string, revision: number) => staffApi<ItemOf<K>>('POST', `${base(kind)}/${id}/restore`, { revision })
export const usePreview = <T>(kind: Kind, id: string) => useResource(async () => ({ data: await staffApi<T>('GET', `${base(kind)}/${id}/preview`) }), [kind, id])
