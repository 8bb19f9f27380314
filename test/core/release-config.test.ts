import { releaseProblems } from '../../config/release'

describe('a release build of the mini-program', () => {
  const good = { TARO_APP_API_BASE: 'https://fangfei.example.gov.cn', WECHAT_APPID: 'wx0123456789abcdef' }

  it('accepts an HTTPS domain and an AppID', () => {
    expect(releaseProblems(good)).toEqual([])
  })

  it.each([
    ['plain HTTP', 'http://fangfei.example.gov.cn', 'https'],
    ['an address', 'https://192.168.1.20:3000', 'IP 地址'],
    ['localhost', 'https://localhost:3000', 'localhost'],
    ['an IPv6 address', 'https://[::1]:3000', 'IP 地址'],
    ['nothing', '', 'TARO_APP_API_BASE']
  ])('refuses %s as the API base, saying why', (_what, base, words) => {
    expect(releaseProblems({ ...good, TARO_APP_API_BASE: base }).join()).toContain(words)
  })

  it('refuses a build without the office AppID (touristappid is for development only)', () => {
    expect(releaseProblems({ ...good, WECHAT_APPID: 'touristappid' }).join()).toContain('WECHAT_APPID')
  })
})
