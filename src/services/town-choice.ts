import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

/**
 * Which town (镇/街道) this resident lives in, in a district-wide deployment.
 * Kept on the phone only; every resident request names it as `town=CODE`
 * (services/http.ts), and a request without it gets the deployment's default
 * town, so a phone that never chose keeps working exactly as before.
 */
export interface TownChoice {
  /** The town's code, checked with `townCode`. */
  town?: string
  /** The village or community a shared link or poster code named, if any. */
  village?: string
  /** The resident answered the first-open question with 先随便看看: the default town, and no asking again. */
  skipped?: boolean
}

/** Reserved for a tip or feedback the resident hands to the district office (不清楚（交给区里）); never a place to live. */
export const DISTRICT = 'district'

const KEY = 'town:choice'
const CHANGED = 'town:changed'
const CODE = /^[a-z0-9-]{1,32}$/
const VILLAGE_MAX = 30

/** A town code as the server names towns, or undefined for anything else (a hostile link never reaches storage or a URL). */
export function townCode(value: unknown): string | undefined {
  return typeof value === 'string' && CODE.test(value) && value !== DISTRICT ? value : undefined
}

/** A village name from a link: plain text of a sensible length, else nothing. */
function villageName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const name = value.trim()
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return name && name.length <= VILLAGE_MAX && !/[\u0000-\u001f\u007f<>"'&]/.test(name) ? name : undefined
}

/** What the phone remembers, each part checked again: storage may hold anything an older version or a tool wrote there. */
export function townChoice(): TownChoice {
  let saved: unknown
  try {
    saved = Taro.getStorageSync(KEY)
  } catch {
    return {}
  }
  if (!saved || typeof saved !== 'object') return {}
  const { town, village, skipped } = saved as Record<string, unknown>
  const code = townCode(town)
  if (code) return { town: code, ...(villageName(village) ? { village: villageName(village) } : {}) }
  return skipped === true ? { skipped: true } : {}
}

/** The town to name in requests; undefined means the deployment's default. */
export const chosenTown = (): string | undefined => townChoice().town

/** Whether the first-open question has been answered, one way or another (a link counts). */
export const townSettled = (choice: TownChoice = townChoice()): boolean => !!choice.town || !!choice.skipped

function store(choice: TownChoice): void {
  const before = JSON.stringify(townChoice())
  try {
    Taro.setStorageSync(KEY, choice)
  } catch {
    // A full storage: the choice holds for this visit only, through the event below.
  }
  if (JSON.stringify(choice) !== before) Taro.eventCenter.trigger(CHANGED, choice)
}

/** The resident picked a town by hand; a village remembered from a link stays only while the town is the same. */
export function chooseTown(code: string): boolean {
  const town = townCode(code)
  if (!town) return false
  const was = townChoice()
  store({ town, ...(was.town === town && was.village ? { village: was.village } : {}) })
  return true
}

/** The district no longer lists the town this phone remembers (merged, renamed): forget it, so the resident is asked again. */
export function forgetTownUnless(listed: string[]): void {
  const { town } = townChoice()
  if (town && listed.length > 0 && !listed.includes(town)) store({})
}

/** 先随便看看: the default town, asked no more. */
export function skipTownQuestion(): void {
  if (!townSettled()) store({ skipped: true })
}

type Params = Record<string, string | undefined> | undefined

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

/** `town=xx&village=yy`, the form a mini-program code's scene takes. */
function parseQuery(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of text.replace(/^[?#]/, '').split('&')) {
    const at = part.indexOf('=')
    if (at <= 0) continue
    const value = decoded(part.slice(at + 1).replace(/\+/g, ' '))
    if (value !== undefined) out[part.slice(0, at)] = value
  }
  return out
}

/**
 * The town (and village) a page was opened with: `town=` and `village=` in
 * its query (a shared card, an H5 link), or inside `scene`, which a
 * mini-program code carries URL-encoded (WeChat: "scene 需要使用
 * decodeURIComponent 才能获取到"). Anything that is not a valid code is ignored.
 */
export function townFromLink(params: Params): { town: string; village?: string } | null {
  if (!params) return null
  const scene = typeof params.scene === 'string' ? decoded(params.scene) : undefined
  const fromScene = scene && scene.includes('=') ? parseQuery(scene) : {}
  const town = townCode(params.town) ?? townCode(fromScene.town)
  if (!town) return null
  const village = villageName(townCode(params.town) ? params.village : fromScene.village)
  return village ? { town, village } : { town }
}

// Each link is taken once per visit: WeChat repeats the launch query on every
// return from the background, which must not undo a choice made since.
const linksTaken = new Set<string>()

/** Remembers the town a link or code carries; returns whether it named one. */
export function rememberTownFromLink(params: Params): boolean {
  const link = townFromLink(params)
  if (!link) return false
  const id = JSON.stringify(link)
  if (linksTaken.has(id)) return true
  linksTaken.add(id)
  const was = townChoice()
  store({ town: link.town, ...(link.village ? { village: link.village } : was.town === link.town && was.village ? { village: was.village } : {}) })
  return true
}

/** The query the app was opened with: WeChat's launch options, or in a browser the address (`?…` and, with the hash router, `#/page?…`). */
export function launchQuery(): Record<string, string> {
  if (process.env.TARO_ENV === 'h5') {
    const { search, hash } = window.location
    const inHash = hash.indexOf('?')
    return { ...parseQuery(search), ...(inHash >= 0 ? parseQuery(hash.slice(inHash + 1)) : {}) }
  }
  try {
    return (Taro.getLaunchOptionsSync().query as Record<string, string> | undefined) ?? {}
  } catch {
    return {}
  }
}

/**
 * Takes the town from the link the app was opened with. In a browser the
 * address then loses its `?town=`, so reloading the page later does not undo
 * a town the resident has changed since.
 */
export function takeLaunchLink(): void {
  rememberTownFromLink(launchQuery())
  if (process.env.TARO_ENV !== 'h5') return
  const { pathname, search, hash } = window.location
  const kept = dropTown(search.replace(/^\?/, ''))
  if (kept !== search.replace(/^\?/, '')) window.history.replaceState(window.history.state, '', `${pathname}${kept ? `?${kept}` : ''}${hash}`)
}

const dropTown = (query: string): string =>
  query
    .split('&')
    .filter((p) => p && !p.startsWith('town='))
    .join('&')

/** The path with `town=CODE` set (replacing one already there); a missing or invalid code leaves it as it is. */
export function withTown(path: string, code: string | undefined): string {
  const town = code === DISTRICT ? DISTRICT : townCode(code)
  if (!town) return path
  const cut = path.indexOf('#')
  const base = cut < 0 ? path : path.slice(0, cut)
  const hash = cut < 0 ? undefined : path.slice(cut + 1)
  const at = base.indexOf('?')
  const kept = at < 0 ? '' : dropTown(base.slice(at + 1))
  const joined = `${at < 0 ? base : base.slice(0, at)}?${kept ? `${kept}&` : ''}town=${town}`
  return hash === undefined ? joined : `${joined}#${hash}`
}

/** A page path to share: it carries this resident's town, so whoever opens it sees the same town's hotline and content. */
export const sharePath = (path: string): string => withTown(path, chosenTown())

/**
 * The address of this page to pass on in a browser: the town in its `?town=`
 * (where the server, too, can see it), none left in the hash route's query.
 */
export function shareUrl(href: string, code: string | undefined = chosenTown()): string {
  const cut = href.indexOf('#')
  const page = cut < 0 ? href : href.slice(0, cut)
  const route = cut < 0 ? '' : href.slice(cut + 1)
  const at = route.indexOf('?')
  const routeKept = at < 0 ? route : `${route.slice(0, at)}${dropTown(route.slice(at + 1)) ? `?${dropTown(route.slice(at + 1))}` : ''}`
  const q = page.indexOf('?')
  const base = q < 0 ? page : `${page.slice(0, q)}${dropTown(page.slice(q + 1)) ? `?${dropTown(page.slice(q + 1))}` : ''}`
  return `${withTown(base, code)}${route ? `#${routeKept}` : ''}`
}

/** The choice, kept current as the resident or a link changes it. */
export function useTownChoice(): TownChoice {
  const [choice, setChoice] = useState(townChoice)
  useEffect(() => {
    const onChange = () => {
      const now = townChoice()
      setChoice((was) => (JSON.stringify(was) === JSON.stringify(now) ? was : now))
    }
    // A link may have set it between this component's first render and now.
    onChange()
    Taro.eventCenter.on(CHANGED, onChange)
    return () => {
      Taro.eventCenter.off(CHANGED, onChange)
    }
  }, [])
  return choice
}
