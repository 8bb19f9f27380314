/**
 * What a mini-program build for residents' phones needs: WeChat only calls
 * HTTPS domains that the office has registered (an ICP-filed name, never an
 * address or localhost), and the office's own AppID. A development build
 * (FANGFEI_DEV_BUILD=1, as `npm start` and `npm test` make) skips this.
 */
export function releaseProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = []
  const base = env.TARO_APP_API_BASE ?? ''
  let url: URL | null = null
  try {
    url = new URL(base)
  } catch {
    problems.push('没有设置 TARO_APP_API_BASE（接口地址），例如 TARO_APP_API_BASE=https://fangfei.example.gov.cn')
  }
  if (url) {
    if (url.protocol !== 'https:') problems.push(`接口地址必须是 https://（现在是 ${base}）：微信只允许小程序访问 HTTPS 的合法域名。`)
    const host = url.hostname.replace(/^\[|\]$/g, '')
    if (host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':')) problems.push(`接口地址不能是 IP 地址或 localhost（现在是 ${host}）：要用已备案并在小程序后台登记的域名。`)
  }
  if (!/^wx[0-9a-f]{16}$/.test(env.WECHAT_APPID ?? '')) problems.push('没有设置 WECHAT_APPID（小程序后台“开发管理”里的 AppID，以 wx 开头的 18 位）。')
  return problems
}
