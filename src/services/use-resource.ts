import { useCallback, useEffect, useRef, useState } from 'react'
import type { Page } from '../core/reading-types'
import { messageOf } from './feedback'
import type { Fetched } from './http'
import { useTownChoice } from './town-choice'

export interface Resource<T> {
  data?: T
  loading: boolean
  error?: string
  offlineSince?: number
  reload: () => Promise<void>
}

/**
 * Loads one thing, with loading, error and offline states for the screen to
 * show. `initial` gives what the phone already knows, shown from the first
 * paint while the network answers. What residents read is their town's, so
 * it loads again when the town changes, starting from what the phone knows of
 * the new town rather than showing the old one's meanwhile.
 */
export function useResource<T>(load: () => Promise<Fetched<T>>, deps: unknown[], initial?: () => T | undefined): Resource<T> {
  const { town } = useTownChoice()
  const [state, setState] = useState<Omit<Resource<T>, 'reload'> & { town?: string }>(() => ({ data: initial?.(), loading: true, town }))
  const latest = useRef(0)
  const reload = useCallback(async () => {
    const ticket = ++latest.current
    setState((s) => (s.town === town ? { ...s, loading: true, error: undefined } : { data: initial?.(), loading: true, town }))
    try {
      const { data, offlineSince } = await load()
      if (ticket === latest.current) setState({ data, offlineSince, loading: false, town })
    } catch (err) {
      if (ticket === latest.current) setState((s) => ({ ...s, loading: false, error: messageOf(err, '加载失败，请稍后再试。') }))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's dependencies, checked at each call site (eslint.config.mjs: additionalHooks)
  }, [...deps, town])
  useEffect(() => {
    void reload()
  }, [reload])
  const { town: _loadedFor, ...shown } = state
  return { ...shown, reload }
}

export interface PagedList<T> {
  items: T[]
  total: number
  loading: boolean
  loadingMore: boolean
  error?: string
  done: boolean
  offlineSince?: number
  refresh: () => Promise<void>
  loadMore: () => Promise<void>
}

/**
 * A list that loads page by page as the resident scrolls, and starts over on
 * refresh or a new filter. A disabled list fetches nothing until enabled.
 */
export function usePagedList<T>(loadPage: (page: number) => Promise<Fetched<Page<T>>>, deps: unknown[], enabled = true): PagedList<T> {
  const [state, setState] = useState<Omit<PagedList<T>, 'refresh' | 'loadMore' | 'done'> & { page: number }>({
    items: [],
    total: 0,
    page: 0,
    loading: true,
    loadingMore: false
  })
  const { town } = useTownChoice()
  const latest = useRef(0)
  const busy = useRef(false)

  const refresh = useCallback(async () => {
    if (!enabled) return
    const ticket = ++latest.current
    busy.current = true
    setState((s) => ({ ...s, loading: true, error: undefined }))
    try {
      const { data, offlineSince } = await loadPage(1)
      if (ticket === latest.current) setState({ items: data.items, total: data.total, page: 1, loading: false, loadingMore: false, offlineSince })
    } catch (err) {
      if (ticket === latest.current) setState((s) => ({ ...s, items: [], total: 0, page: 0, loading: false, error: messageOf(err, '加载失败，请稍后再试。') }))
    } finally {
      if (ticket === latest.current) busy.current = false
    }
    // The town too: a new town's residents get their own town's list.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's dependencies, checked at each call site (eslint.config.mjs: additionalHooks)
  }, [...deps, enabled, town])

  const done = state.page > 0 && state.items.length >= state.total

  const loadMore = useCallback(async () => {
    if (busy.current || done || state.page === 0) return
    const ticket = latest.current
    busy.current = true
    setState((s) => ({ ...s, loadingMore: true, error: undefined }))
    try {
      const { data, offlineSince } = await loadPage(state.page + 1)
      if (ticket === latest.current) {
        setState((s) => ({ ...s, items: [...s.items, ...data.items], total: data.total, page: s.page + 1, loadingMore: false, offlineSince: offlineSince ?? s.offlineSince }))
      }
    } catch (err) {
      if (ticket === latest.current) setState((s) => ({ ...s, loadingMore: false, error: messageOf(err, '加载失败，请稍后再试。') }))
    } finally {
      if (ticket === latest.current) busy.current = false
    }
  }, [done, loadPage, state.page])

  useEffect(() => {
    void refresh()
  }, [refresh])

  return { ...state, done, refresh, loadMore }
}
