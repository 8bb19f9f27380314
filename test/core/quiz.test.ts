import { drawItems, scoreAnswer, shuffle } from '../../src/core/quiz'

const flags = [
  { id: 'a', text: '承诺保本', correct: true, flag: 'guaranteed' },
  { id: 'b', text: '拉人头', correct: true, flag: 'recruit' },
  { id: 'c', text: '虚拟货币', correct: false, flag: 'crypto' },
  { id: 'd', text: '名额有限', correct: false, flag: 'urgency' }
]

describe('quiz scoring', () => {
  it('scores single-answer items all or nothing', () => {
    const opts = [
      { id: 'a', text: '是', correct: true },
      { id: 'b', text: '不是', correct: false }
    ]
    expect(scoreAnswer('judge', opts, ['a'])).toEqual({ points: 20, correct: true })
    expect(scoreAnswer('judge', opts, ['b'])).toEqual({ points: 0, correct: false })
    expect(scoreAnswer('judge', opts, ['a', 'b'])).toEqual({ points: 0, correct: false })
    expect(scoreAnswer('choice', opts, [])).toEqual({ points: 0, correct: false })
  })

  it('gives "which red flags" items a share: (right − wrong) ÷ right answers, never below zero', () => {
    expect(scoreAnswer('flags', flags, ['a', 'b'])).toEqual({ points: 20, correct: true })
    expect(scoreAnswer('flags', flags, ['a'])).toEqual({ points: 10, correct: false })
    expect(scoreAnswer('flags', flags, ['a', 'b', 'c'])).toEqual({ points: 10, correct: false })
    expect(scoreAnswer('flags', flags, ['a', 'c', 'd'])).toEqual({ points: 0, correct: false })
    expect(scoreAnswer('flags', flags, [])).toEqual({ points: 0, correct: false })
  })
})

describe('drawing a round', () => {
  const pool = ['crypto', 'pension', 'rebate', 'equity', 'project', 'pension', 'pension'].map((category, i) => ({ id: `q${i}`, category, personas: i === 6 ? ['elder'] : [] }))
  let seed = 1
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646

  it('draws distinct items, one per disguise while it can', () => {
    for (let n = 0; n < 50; n++) {
      const picked = drawItems(pool, 'worker', 5, random)
      expect(new Set(picked.map((p) => p.id)).size).toBe(5)
      expect(new Set(picked.map((p) => p.category)).size).toBe(5)
    }
  })

  it('favours items that suit the persona', () => {
    let suited = 0
    for (let n = 0; n < 600; n++) if (drawItems(pool, 'elder', 5, random).some((p) => p.id === 'q6')) suited++
    // Among three pension items, the elder one carries weight 3 of 5: well over a third of rounds.
    expect(suited / 600).toBeGreaterThan(0.45)
  })

  it('shuffles without losing or adding options', () => {
    expect(shuffle([1, 2, 3, 4], random).sort()).toEqual([1, 2, 3, 4])
  })
})
