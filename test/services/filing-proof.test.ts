import Taro from '@tarojs/taro'
import { sendFeedback } from '../../src/features/tips/api/tips'

const request = Taro.request as unknown as jest.Mock

/** The server's answers in turn, by path: a challenge is easy (bits 0), so the phone solves it at once. */
function answer(tips: { statusCode: number; data: unknown }[]) {
  const challenges: string[] = []
  request.mockImplementation(async (opts: { url: string; data?: { pow?: { challenge: string } } }) => {
    if (opts.url.endsWith('/api/tips/challenge')) {
      const challenge = `c${challenges.length}`
      challenges.push(challenge)
      return { statusCode: 200, data: { challenge, bits: 0 } }
    }
    return tips.shift() ?? { statusCode: 500, data: {} }
  })
  return challenges
}

const refused = (code: string) => ({ statusCode: 400, data: { error: { code, message: '提交校验没有通过，请重新提交一次（手机会自动再算一遍）。' } } })

describe('filing with a proof of work', () => {
  beforeEach(() => request.mockReset())

  it('solves a new challenge and sends again by itself once when the server did not take the proof, as its message says', async () => {
    const challenges = answer([refused('bad_proof'), { statusCode: 201, data: { receipt: '1234567890123456' } }])
    expect(await sendFeedback({ topic: 'app', what: '字太小。' })).toBe('1234567890123456')
    expect(challenges).toHaveLength(2)
  })

  it('gives up after the second refusal, and on any other error at once', async () => {
    answer([refused('proof_expired'), refused('bad_proof')])
    await expect(sendFeedback({ topic: 'app', what: '字太小。' })).rejects.toThrow('提交校验没有通过')
    const challenges = answer([{ statusCode: 429, data: { error: { code: 'rate_limited', message: '尝试太频繁了' } } }])
    await expect(sendFeedback({ topic: 'app', what: '字太小。' })).rejects.toThrow('尝试太频繁了')
    expect(challenges).toHaveLength(1)
  })
})
