import { CHINESE, LANES, publishCampaign, startServer, staffWith, TestClock, type TestServer } from './helpers'

// A small bank whose answers the test knows (the same shape as quiz.test.ts).
const FIXTURE = [
  {
    id: 'quiz-c-judge1',
    kind: 'judge',
    options: [
      ['是', true],
      ['不是', false]
    ]
  },
  {
    id: 'quiz-c-judge2',
    kind: 'judge',
    options: [
      ['是', false],
      ['不是', true]
    ]
  },
  {
    id: 'quiz-c-flags',
    kind: 'flags',
    options: [
      ['虚拟货币', true, 'crypto'],
      ['拉人头', true, 'recruit'],
      ['名额有限', false, 'urgency']
    ]
  },
  {
    id: 'quiz-c-choice1',
    kind: 'choice',
    options: [
      ['打热线问', true],
      ['先交钱', false],
      ['拉亲戚', false]
    ]
  },
  {
    id: 'quiz-c-choice2',
    kind: 'choice',
    options: [
      ['查牌照', true],
      ['信熟人', false]
    ]
  }
] as const
const RIGHT: Record<string, string[]> = { 'quiz-c-judge1': ['a'], 'quiz-c-judge2': ['b'], 'quiz-c-flags': ['a', 'b'], 'quiz-c-choice1': ['a'], 'quiz-c-choice2': ['a'] }
const WRONG: Record<string, string[]> = { 'quiz-c-judge1': ['b'], 'quiz-c-judge2': ['a'], 'quiz-c-flags': ['c'], 'quiz-c-choice1': ['b'], 'quiz-c-choice2': ['b'] }

interface Drawn {
  roundId: string
  feedback: boolean
  questions: { id: string; kind: string; options: { id: string }[] }[]
}

async function loadFixture(server: TestServer, now: string): Promise<void> {
  const db = server.app.db
  await db.deleteFrom('quiz_items').execute()
  await db
    .insertInto('quiz_items')
    .values(
      FIXTURE.map((f) => ({
        id: f.id,
        kind: f.kind,
        category: 'basics',
        difficulty: 1,
        personas: '[]',
        prompt: `题目 ${f.id}`,
        advert: null,
        options: JSON.stringify(f.options.map(([text, correct, flag], i) => ({ id: String.fromCharCode(97 + i), text, correct, ...(flag ? { flag } : {}) }))),
        red_flags: JSON.stringify(f.kind === 'flags' ? ['crypto', 'recruit'] : []),
        explanation: `解析 ${f.id}`,
        created_at: now,
        updated_at: now
      }))
    )
    .execute()
  // Written straight into the table: tell the quiz, as the desk would.
  server.app.content.changed('quiz')
}

describe.each(LANES)('checking quiz answers one by one on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))

  beforeAll(async () => {
    server = await startServer(lane, { QUIZ_RATE_LIMIT: '100000' }, clock)
    await loadFixture(server, clock.t.toISOString())
  })
  afterAll(async () => server.close())

  const draw = async (): Promise<Drawn> => {
    const res = await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder' } })
    expect(res.statusCode).toBe(200)
    return res.json()
  }
  const check = (roundId: string, questionId: string, optionIds: unknown) =>
    server.app.inject({ method: 'POST', url: `/api/quiz/rounds/${roundId}/questions/${questionId}/check`, payload: { optionIds } })
  const handIn = (roundId: string, answers: { questionId: string; optionIds: string[] }[]) => server.app.inject({ method: 'POST', url: `/api/quiz/rounds/${roundId}/answers`, payload: { answers } })
  const refusal = (res: { statusCode: number; json: () => { error: { code: string; message: string } } }) => {
    const { code, message } = res.json().error
    expect(message).toMatch(CHINESE)
    return [res.statusCode, code]
  }

  it('is off outside a campaign and in a campaign that did not switch it on: the round says so and checks are refused', async () => {
    const round = await draw()
    expect(round.feedback).toBe(false)
    const q = round.questions[0]
    expect(refusal(await check(round.roundId, q.id, RIGHT[q.id]))).toEqual([409, 'feedback_off'])
    // The hand-in is as it always was: every answer as sent.
    const paper = await handIn(
      round.roundId,
      round.questions.map((x) => ({ questionId: x.id, optionIds: RIGHT[x.id] }))
    )
    expect(paper.json().score).toBe(100)

    // A campaign saved without the setting has it off.
    const publisher = await staffWith(server.app, `check_pub_${lane}`, ['publisher'])
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/campaigns',
      headers: publisher,
      payload: { theme: '答题月', startsOn: '2026-06-01', endsOn: '2026-06-30', bannerImageId: null, slogans: ['守住钱袋子'], articleIds: [], caseIds: [] }
    })
    expect(created.json().quizFeedback).toBe(false)
    await server.app.inject({ method: 'POST', url: `/api/admin/campaigns/${created.json().id}/publish`, headers: publisher })
    const during = await draw()
    expect(during.feedback).toBe(false)
    expect(refusal(await check(during.roundId, during.questions[0].id, ['a']))).toEqual([409, 'feedback_off'])
    await server.app.inject({ method: 'POST', url: `/api/admin/campaigns/${created.json().id}/withdraw`, headers: publisher })
  })

  describe('in a campaign that switched it on', () => {
    let campaignId: string
    beforeAll(async () => {
      campaignId = await publishCampaign(server.app, { quizFeedback: true, startsOn: '2026-06-01', endsOn: '2026-06-30' })
    })

    it('saves the setting with the campaign', async () => {
      const publisher = await staffWith(server.app, `check_reader_${lane}`, ['publisher'])
      expect((await server.app.inject({ method: 'GET', url: `/api/admin/campaigns/${campaignId}`, headers: publisher })).json().quizFeedback).toBe(true)
    })

    it('tells right or wrong, the right options and the explanation, and locks the first answer checked', async () => {
      const round = await draw()
      expect(round.feedback).toBe(true)
      const [first, second] = round.questions

      const wrong = await check(round.roundId, first.id, WRONG[first.id])
      expect(wrong.statusCode).toBe(200)
      expect(wrong.json()).toMatchObject({ questionId: first.id, correct: false, points: 0, correctOptionIds: RIGHT[first.id], explanation: `解析 ${first.id}` })

      // Asking again with the same answer (a reply lost on the way) answers the same.
      expect((await check(round.roundId, first.id, WRONG[first.id])).json()).toEqual(wrong.json())
      // Having seen the right answer, changing to it is refused.
      expect(refusal(await check(round.roundId, first.id, RIGHT[first.id]))).toEqual([409, 'answer_locked'])

      const right = await check(round.roundId, second.id, RIGHT[second.id])
      expect(right.json()).toMatchObject({ correct: true, points: 20, correctOptionIds: RIGHT[second.id] })

      // The hand-in scores the locked answers: the right answer now sent for the first question is ignored.
      const paper = await handIn(
        round.roundId,
        round.questions.map((x) => ({ questionId: x.id, optionIds: RIGHT[x.id] }))
      )
      expect(paper.statusCode).toBe(200)
      expect(paper.json().score).toBe(80)
      const results = paper.json().results as { questionId: string; correct: boolean }[]
      expect(results.find((r) => r.questionId === first.id)?.correct).toBe(false)
      expect(results.find((r) => r.questionId === second.id)?.correct).toBe(true)

      // After the hand-in nothing more is checked.
      expect(refusal(await check(round.roundId, round.questions[2].id, RIGHT[round.questions[2].id]))).toEqual([409, 'already_submitted'])
    })

    it('scores a checked answer even when the paper leaves the question out', async () => {
      const round = await draw()
      const flags = round.questions.find((q) => q.id === 'quiz-c-flags')
      // Partial marks for a "which red flags" item, as the hand-in gives them.
      if (flags) expect((await check(round.roundId, flags.id, ['a'])).json()).toMatchObject({ correct: false, points: 10 })
      for (const q of round.questions) if (q !== flags) expect((await check(round.roundId, q.id, RIGHT[q.id])).statusCode).toBe(200)
      const paper = await handIn(round.roundId, [{ questionId: round.questions[0].id, optionIds: WRONG[round.questions[0].id] }])
      expect(paper.json().score).toBe(flags ? 90 : 100)
    })

    it('refuses what does not belong to the round, and a round that is gone, handed in or out of time', async () => {
      const round = await draw()
      const q = round.questions[0]
      expect(refusal(await check(round.roundId, 'quiz-not-there', ['a']))).toEqual([400, 'not_in_round'])
      expect(refusal(await check(round.roundId, q.id, ['z']))).toEqual([400, 'bad_answers'])
      expect(refusal(await check(round.roundId, q.id, []))).toEqual([400, 'invalid_request'])
      expect(refusal(await check('r-00000000000000000000000000000000', q.id, ['a']))[0]).toBe(404)
      // Nothing refused was locked: the question can still be checked.
      expect((await check(round.roundId, q.id, RIGHT[q.id])).statusCode).toBe(200)

      const late = await draw()
      clock.advance(181 * 1000 + 15000)
      expect(refusal(await check(late.roundId, late.questions[0].id, ['a']))).toEqual([410, 'round_expired'])
    })

    it('keeps one answer per question when checks arrive together', async () => {
      const round = await draw()
      const [a, b] = round.questions
      const [one, two, other] = await Promise.all([check(round.roundId, a.id, RIGHT[a.id]), check(round.roundId, a.id, WRONG[a.id]), check(round.roundId, b.id, RIGHT[b.id])])
      // Exactly one of the two answers to the same question was locked; the check of another question was kept too.
      expect([one.statusCode, two.statusCode].sort()).toEqual([200, 409])
      expect(other.statusCode).toBe(200)
      const lockedRight = one.statusCode === 200
      const paper = await handIn(
        round.roundId,
        round.questions.map((x) => ({ questionId: x.id, optionIds: WRONG[x.id] }))
      )
      const results = paper.json().results as { questionId: string; correct: boolean }[]
      expect(results.find((r) => r.questionId === a.id)?.correct).toBe(lockedRight)
      expect(results.find((r) => r.questionId === b.id)?.correct).toBe(true)
    })

    it('keeps the setting a round was drawn with when the office withdraws the campaign', async () => {
      const round = await draw()
      const publisher = await staffWith(server.app, `check_withdraw_${lane}`, ['publisher'])
      expect((await server.app.inject({ method: 'POST', url: `/api/admin/campaigns/${campaignId}/withdraw`, headers: publisher })).statusCode).toBe(200)
      expect((await check(round.roundId, round.questions[0].id, RIGHT[round.questions[0].id])).statusCode).toBe(200)
      expect((await draw()).feedback).toBe(false)
    })
  })
})

describe('the check route is rate limited per address', () => {
  it('allows five checks for every round the draw limit allows, then says to wait', async () => {
    const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))
    const server = await startServer('sqlite', { QUIZ_RATE_LIMIT: '1' }, clock)
    try {
      await loadFixture(server, clock.t.toISOString())
      await publishCampaign(server.app, { quizFeedback: true })
      const round = (await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: {} })).json() as Drawn
      const q = round.questions[0]
      const codes: number[] = []
      for (let i = 0; i < 6; i++)
        codes.push((await server.app.inject({ method: 'POST', url: `/api/quiz/rounds/${round.roundId}/questions/${q.id}/check`, payload: { optionIds: RIGHT[q.id] } })).statusCode)
      expect(codes).toEqual([200, 200, 200, 200, 200, 429])
    } finally {
      await server.close()
    }
  })
})
