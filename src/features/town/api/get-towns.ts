import { useEffect, useState } from 'react'
import { ApiError, fetchJson } from '../../../services/http'
import { forgetTownUnless, townCode } from '../../../services/town-choice'

/** A town (镇) or street office (街道) of the district, as `GET /api/towns` lists them. */
export interface Town {
  code: string
  name: string
}

// Asked once a visit (the list changes when the district adds a town, not
// while someone reads), and once for every component that asks at the same time.
let known: Town[] | null = null
let asking: Promise<Town[]> | null = null

/**
 * The district's towns in display order. A server from before towns (404),
 * or no network with no copy on the phone, means one town: nothing to choose.
 * Entries with a code the app would refuse to send are left out.
 */
export function getTowns(): Promise<Town[]> {
  if (known) return Promise.resolve(known)
  asking ??= fetchTowns().finally(() => {
    asking = null
  })
  return asking
}

async function fetchTowns(): Promise<Town[]> {
  try {
    const { data } = await fetchJson<{ items?: unknown }>('/api/towns', null)
    const items = Array.isArray(data.items) ? (data.items as Partial<Town>[]) : []
    known = items.filter((t): t is Town => !!townCode(t.code) && typeof t.name === 'string' && t.name.trim() !== '')
    forgetTownUnless(known.map((t) => t.code))
    return known
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) known = []
    return []
  }
}

/** For tests: forget the list fetched this visit. */
export const forgetTowns = (): void => {
  known = null
  asking = null
}

/** The towns, or undefined while the first answer is on its way; fewer than two means there is no choice to offer. */
export function useTowns(): Town[] | undefined {
  const [towns, setTowns] = useState<Town[] | undefined>(known ?? undefined)
  useEffect(() => {
    let live = true
    void getTowns().then((t) => {
      if (live) setTowns(t)
    })
    return () => {
      live = false
    }
  }, [])
  return towns
}
