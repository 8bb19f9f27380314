import Taro from '@tarojs/taro'
import { fetchJson, postJson, staffApi, uploadPicture } from '../../src/services/http'
import { knownHotline } from '../../src/services/hotline'
import {
  chooseTown,
  chosenTown,
  DISTRICT,
  launchQuery,
  rememberTownFromLink,
  shareUrl,
  skipTownQuestion,
  takeLaunchLink,
  townChoice,
  townCode,
  townFromLink,
  townSettled,
  withTown
} from '../../src/services/town-choice'
import { saveSession } from '../../src/services/staff-session'
import type { LaunchOptions } from '../setup/taro-mock'

const request = Taro.request as unknown as jest.Mock
const uploadFile = Taro.uploadFile as unknown as jest.Mock
const urls = () => request.mock.calls.map(([r]) => (r as { url: string }).url)
const apiPath = (url: string) => url.replace(/^.*?\/api\//, '/api/')

// A mini-program code's scene as WeChat hands it over: URL-encoded.
const scene = (text: string) => encodeURIComponent(text)

beforeEach(() => {
  Taro.clearStorageSync()
  request.mockReset()
  uploadFile.mockReset()
})

describe('town codes', () => {
  it('takes lower-case letters, digits and hyphens, 1 to 32 of them', () => {
    expect(townCode('xinkou')).toBe('xinkou')
    expect(townCode('street-2')).toBe('street-2')
    expect(townCode('a'.repeat(32))).toBe('a'.repeat(32))
  })

  it('ignores anything else, and the district code, which is nobody’s town', () => {
    for (const bad of ['', 'a'.repeat(33), 'Xinkou', 'xin kou', '辛口镇', '../admin', 'xinkou&town=b', 'xinkou\n', 'x%20y', '<b>', DISTRICT, 7, null, undefined, ['xinkou'], { code: 'xinkou' }]) {
      expect(townCode(bad)).toBeUndefined()
    }
  })
})

describe('a town from a link or a code', () => {
  it('reads town and village from a shared page’s query', () => {
    expect(townFromLink({ id: 'a1', town: 'taoyuan', village: '桃源村' })).toEqual({ town: 'taoyuan', village: '桃源村' })
    expect(townFromLink({ town: 'taoyuan' })).toEqual({ town: 'taoyuan' })
    expect(townFromLink({ id: 'a1' })).toBeNull()
    expect(townFromLink(undefined)).toBeNull()
  })

  it('reads a mini-program code’s URL-encoded scene, town=xx&village=yy', () => {
    expect(townFromLink({ scene: scene('town=taoyuan&village=桃源村') })).toEqual({ town: 'taoyuan', village: '桃源村' })
    expect(townFromLink({ scene: scene('village=%E6%A1%83%E6%BA%90%E6%9D%91&town=taoyuan') })).toEqual({ town: 'taoyuan', village: '桃源村' })
    // Some tools hand the scene on already decoded: the same answer.
    expect(townFromLink({ scene: 'town=taoyuan' })).toEqual({ town: 'taoyuan' })
  })

  it('ignores a hostile or broken link instead of storing or sending it', () => {
    for (const params of [
      { town: 'TAOYUAN' },
      { town: 'taoyuan/../../api' },
      { town: 'district' },
      { town: 'a'.repeat(40) },
      { scene: scene('town=taoyuan%00') },
      { scene: scene('town=<script>') },
      { scene: '%E0%A4%A' },
      { scene: 'taoyuan' },
      { scene: scene('town=') }
    ]) {
      expect(townFromLink(params)).toBeNull()
      expect(rememberTownFromLink(params)).toBe(false)
    }
    expect(Taro.getStorageSync('town:choice')).toBe('')
  })

  it('keeps a sound town but drops a village that is too long or carries markup', () => {
    expect(townFromLink({ town: 'taoyuan', village: '村'.repeat(31) })).toEqual({ town: 'taoyuan' })
    expect(townFromLink({ town: 'taoyuan', village: '<img src=x>' })).toEqual({ town: 'taoyuan' })
    expect(townFromLink({ town: 'taoyuan', village: '桃源村\u0000' })).toEqual({ town: 'taoyuan' })
  })

  it('remembers the link’s town, over one chosen before, and keeps the village only for its own town', () => {
    chooseTown('xinkou')
    expect(rememberTownFromLink({ town: 'taoyuan', village: '桃源村' })).toBe(true)
    expect(townChoice()).toEqual({ town: 'taoyuan', village: '桃源村' })
    chooseTown('taoyuan')
    expect(townChoice()).toEqual({ town: 'taoyuan', village: '桃源村' })
    chooseTown('xinkou')
    expect(townChoice()).toEqual({ town: 'xinkou' })
  })

  it('takes each link once a visit, so WeChat repeating the launch query does not undo a choice made since', () => {
    rememberTownFromLink({ town: 'dasi', village: '大寺村' })
    chooseTown('xinkou')
    rememberTownFromLink({ town: 'dasi', village: '大寺村' })
    expect(chosenTown()).toBe('xinkou')
  })

  it('does not trust what storage holds', () => {
    Taro.setStorageSync('town:choice', { town: '../../etc', village: 'x' })
    expect(townChoice()).toEqual({})
    expect(townSettled()).toBe(false)
    Taro.setStorageSync('town:choice', 'xinkou')
    expect(chosenTown()).toBeUndefined()
    expect(chooseTown('Not A Code')).toBe(false)
    expect(chosenTown()).toBeUndefined()
  })

  it('先随便看看 settles the question with no town to send', () => {
    expect(townSettled()).toBe(false)
    skipTownQuestion()
    expect(townSettled()).toBe(true)
    expect(chosenTown()).toBeUndefined()
  })
})

describe('the link the app was opened with', () => {
  afterEach(() => {
    process.env.TARO_ENV = 'h5'
    window.history.replaceState(null, '', '/')
  })

  it('in a browser, reads the address and the hash route’s query, then takes ?town= out of the address', () => {
    window.history.replaceState(null, '', '/?town=zhangjiawo&from=poster#/pages/index/index?village=%E6%A1%83%E6%BA%90%E6%9D%91')
    expect(launchQuery()).toEqual({ town: 'zhangjiawo', from: 'poster', village: '桃源村' })
    takeLaunchLink()
    expect(townChoice()).toEqual({ town: 'zhangjiawo', village: '桃源村' })
    // Reloading later must not undo a town changed by hand since.
    expect(window.location.search).toBe('?from=poster')
    expect(window.location.hash).toBe('#/pages/index/index?village=%E6%A1%83%E6%BA%90%E6%9D%91')
  })

  it('in WeChat, reads the launch options: a scanned code’s scene in query.scene', () => {
    process.env.TARO_ENV = 'weapp'
    const options: LaunchOptions = { path: 'pages/index/index', scene: 1047, query: { scene: scene('town=jingwu&village=付村') }, referrerInfo: {} }
    ;(Taro.getLaunchOptionsSync as jest.Mock).mockReturnValueOnce(options)
    takeLaunchLink()
    expect(townChoice()).toEqual({ town: 'jingwu', village: '付村' })
  })
})

describe('the app in WeChat', () => {
  afterEach(() => {
    process.env.TARO_ENV = 'h5'
  })

  it('takes the town of the code it was launched from, then of a new card that brings it to the front, but not the same card twice', () => {
    process.env.TARO_ENV = 'weapp'
    jest.isolateModules(() => {
      // A fresh app: its own copy of the platform (storage included) and of the services.
      /* eslint-disable @typescript-eslint/no-require-imports -- isolateModules loads the app anew, which import cannot */
      const wx = require('@tarojs/taro') as typeof import('../setup/taro-mock')
      wx.launchOptions.current = { path: 'pages/index/index', scene: 1047, query: { scene: scene('town=xinkou&village=辛口村') }, referrerInfo: {} }
      require('../../src/app')
      const choice = require('../../src/services/town-choice') as typeof import('../../src/services/town-choice')
      /* eslint-enable @typescript-eslint/no-require-imports */
      expect(choice.townChoice()).toEqual({ town: 'xinkou', village: '辛口村' })
      wx.showApp({ path: 'packages/reading/article/index', scene: 1007, query: { id: 'a1', town: 'taoyuan' }, referrerInfo: {} })
      expect(choice.townChoice()).toEqual({ town: 'taoyuan' })
      choice.chooseTown('xinkou')
      // Back from the background: WeChat hands over the same card's query again.
      wx.showApp({ path: 'packages/reading/article/index', scene: 1007, query: { id: 'a1', town: 'taoyuan' }, referrerInfo: {} })
      expect(choice.chosenTown()).toBe('xinkou')
    })
  })
})

describe('paths that carry the town', () => {
  it('sets town= on a path, replacing one already there, and leaves the path alone without a sound code', () => {
    expect(withTown('/api/hotline', 'xinkou')).toBe('/api/hotline?town=xinkou')
    expect(withTown('/api/articles?page=2&town=old', 'xinkou')).toBe('/api/articles?page=2&town=xinkou')
    expect(withTown('/api/tips', DISTRICT)).toBe('/api/tips?town=district')
    expect(withTown('/api/hotline', 'Bad Code')).toBe('/api/hotline')
    expect(withTown('/api/hotline', undefined)).toBe('/api/hotline')
  })

  it('a browser link to pass on carries the town in its address, none in the route', () => {
    expect(shareUrl('https://ff.example/?town=old#/packages/reading/article/index?id=a1&town=old', 'taoyuan')).toBe('https://ff.example/?town=taoyuan#/packages/reading/article/index?id=a1')
    expect(shareUrl('https://ff.example/#/pages/index/index', undefined)).toBe('https://ff.example/#/pages/index/index')
  })
})

describe('requests name the resident’s town', () => {
  const ok = (data: unknown) => ({ statusCode: 200, data })

  it('adds nothing while no town is chosen, so a one-town deployment sees the same requests as before', async () => {
    request.mockResolvedValue(ok({}))
    await fetchJson('/api/hotline')
    await postJson('/api/lookup', { q: '某某公司' })
    expect(urls().map(apiPath)).toEqual(['/api/hotline', '/api/lookup'])
  })

  it('reads and writes carry town=CODE in the query; a tip for the district says so; staff requests carry none', async () => {
    chooseTown('taoyuan')
    request.mockResolvedValue(ok({}))
    uploadFile.mockResolvedValue({ statusCode: 201, data: '{"id":"p1"}' })
    await fetchJson('/api/articles?page=1')
    await postJson('/api/quiz/rounds', { persona: 'elder', village: '' })
    await postJson('/api/tips', { what: '…' }, DISTRICT)
    await fetchJson('/api/towns', null)
    saveSession({ token: 't', username: 'u', displayName: '张', roles: ['admin'] })
    await staffApi('GET', '/api/admin/tips')
    saveSession(null)
    await uploadPicture('/api/tips/photos', 'wxfile://a.jpg', false, {}, 'xinkou')
    await uploadPicture('/api/admin/images', 'wxfile://b.jpg', true)
    expect(urls().map(apiPath)).toEqual(['/api/articles?page=1&town=taoyuan', '/api/quiz/rounds?town=taoyuan', '/api/tips?town=district', '/api/towns', '/api/admin/tips'])
    expect((request.mock.calls[1][0] as { data: object }).data).toEqual({ persona: 'elder', village: '' })
    expect(uploadFile.mock.calls.map(([o]) => apiPath((o as { url: string }).url))).toEqual(['/api/tips/photos?town=xinkou', '/api/admin/images'])
  })
})

describe('saved copies belong to the town they were fetched for', () => {
  const hotlineOf = (phone: string) => ({ statusCode: 200, data: { phone, hours: '', schedule: '', address: '', openNow: true } })
  const offline = () => request.mockRejectedValueOnce({ errMsg: 'request:fail' })

  it('offline after switching towns, another town’s hotline is never shown', async () => {
    chooseTown('xinkou')
    request.mockResolvedValueOnce(hotlineOf('022-1111'))
    await fetchJson('/api/hotline')
    chooseTown('taoyuan')
    expect(knownHotline()).toBeUndefined()
    offline()
    await expect(fetchJson('/api/hotline')).rejects.toThrow('网络不太好')
    chooseTown('xinkou')
    expect(knownHotline()?.phone).toBe('022-1111')
    offline()
    expect((await fetchJson<{ phone: string }>('/api/hotline')).data.phone).toBe('022-1111')
  })

  it('the hotline written into the web page is used only for the town it names', () => {
    const meta = (name: string, content: string) => {
      const el = document.createElement('meta')
      el.setAttribute('name', name)
      el.setAttribute('content', content)
      document.head.appendChild(el)
      return el
    }
    const hotline = meta('fangfei-hotline', JSON.stringify({ phone: '022-1111', hours: '', schedule: '', address: '', openNow: true }))
    try {
      expect(knownHotline()?.phone).toBe('022-1111')
      chooseTown('taoyuan')
      expect(knownHotline()).toBeUndefined()
      const town = meta('fangfei-hotline-town', 'taoyuan')
      expect(knownHotline()?.phone).toBe('022-1111')
      town.remove()
    } finally {
      hotline.remove()
    }
  })
})
