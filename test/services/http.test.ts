import Taro from '@tarojs/taro'
import { ApiError, fetchJson } from '../../src/services/http'

const request = Taro.request as unknown as jest.Mock

describe('fetchJson', () => {
  beforeEach(() => {
    request.mockReset()
    Taro.clearStorageSync()
  })

  it('returns fresh data and keeps a copy on the phone', async () => {
    request.mockResolvedValueOnce({ statusCode: 200, data: { title: '文章' } })
    expect(await fetchJson('/api/articles/a')).toEqual({ data: { title: '文章' } })
  })

  it('falls back to the saved copy, marked offline, when the network fails', async () => {
    request.mockResolvedValueOnce({ statusCode: 200, data: { title: '读过的文章' } })
    await fetchJson('/api/articles/a')
    request.mockRejectedValueOnce(new Error('request:fail timeout'))
    const offline = await fetchJson<{ title: string }>('/api/articles/a')
    expect(offline.data.title).toBe('读过的文章')
    expect(offline.offlineSince).toEqual(expect.any(Number))
  })

  it('says in Chinese that the network failed when nothing was saved', async () => {
    request.mockRejectedValueOnce(new Error('request:fail'))
    await expect(fetchJson('/api/articles/never-read')).rejects.toThrow('网络不太好')
  })

  it("passes the server's own message through, and does not hide a 404 behind an old copy", async () => {
    request.mockResolvedValueOnce({ statusCode: 200, data: { title: '旧文' } })
    await fetchJson('/api/articles/gone')
    request.mockResolvedValueOnce({ statusCode: 404, data: { error: { code: 'not_found', message: '没有找到这篇文章，可能已被撤下。' } } })
    const err = await fetchJson('/api/articles/gone').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).message).toBe('没有找到这篇文章，可能已被撤下。')
  })
})
