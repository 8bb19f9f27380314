import { createHash } from 'node:crypto'
import { leadingZeroBits, solve, solveInSlices, workInput } from '../../src/core/proof-of-work'

const sha = (t: string) => createHash('sha256').update(t).digest()
const challenge = '1764662400000.0123456789abcdef01234567.' + 'ab'.repeat(32)

describe('the tip box proof of work', () => {
  it('hashes one SHA-256 block a try: the random part of the challenge and the nonce', () => {
    expect(workInput(challenge, 1234567)).toBe('0123456789abcdef01234567:1234567')
    expect(Buffer.byteLength(workInput(challenge, 99999999))).toBeLessThanOrEqual(55)
  })

  it('finds the same nonce in slices as at once, and yields between slices with its progress', async () => {
    const progress: number[] = []
    const sliced = await solveInSlices(challenge, 12, sha, (tries) => progress.push(tries))
    expect(sliced).toBe(solve(challenge, 12, sha))
    expect(leadingZeroBits(sha(workInput(challenge, sliced)))).toBeGreaterThanOrEqual(12)
    // A 12-bit answer is found after about 4,096 tries: the page heard of it in steps.
    if (Number(sliced) >= 256) expect(progress.length).toBeGreaterThan(0)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('lets other work run between slices', async () => {
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    const nonce = await solveInSlices(challenge, 14, sha)
    clearInterval(timer)
    if (Number(nonce) > 1024) expect(ticks).toBeGreaterThan(0)
  })
})
