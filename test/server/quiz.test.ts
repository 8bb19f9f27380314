import { WriteTurn } from '../../server/db/write-turn'
import { itemTitle } from '../../server/modules/quiz/service'
import { boardScope, Counter } from '../../server/modules/quiz/tally'
import { ADMIN_PASSWORD, LANES, signIn, startServer, staffWith, TestClock, type TestServer } from './helpers'

// A small bank whose answers the test knows: option a is right unless noted.
const FIXTURE = [
  {
    id: 'quiz-t-judge1',
    kind: 'judge',
    category: 'pension',
    flags: ['pension', 'high_return'],
    options: [
      ['是', true],
      ['不是', false]
    ]
  },
  {
    id: 'quiz-t-judge2',
    kind: 'judge',
    category: 'basics',
    flags: [],
    options: [
      ['是', false],
      ['不是', true]
    ]
  },
  {
    id: 'quiz-t-flags',
    kind: 'flags',
    category: 'crypto',
    flags: ['crypto', 'recruit'],
    options: [
      ['虚拟货币', true, 'crypto'],
      ['拉人头', true, 'recruit'],
      ['名额有限', false, 'urgency']
    ]
  },
  {
    id: 'quiz-t-choice1',
    kind: 'choice',
    category: 'rebate',
    flags: ['rebate'],
    options: [
      ['打热线问', true],
      ['先交钱', false],
      ['拉亲戚', false]
    ]
  },
  {
    id: 'quiz-t-choice2',
    kind: 'choice',
    category: 'equity',
    flags: [],
    options: [
      ['查牌照', true],
      ['信熟人', false]
    ]
  }
] as const

const RIGHT: Record<string, string[]> = { 'quiz-t-judge1': ['a'], 'quiz-t-judge2': ['b'], 'quiz-t-flags': ['a', 'b'], 'quiz-t-choice1': ['a'], 'quiz-t-choice2': ['a'] }

describe.each(LANES)('the quiz on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
    const db = server.app.db
    await db.deleteFrom('quiz_items').execute()
    const now = clock.t.toISOString()
    await db
      .insertInto('quiz_items')
      .values(
        FIXTURE.map((f) => ({
          id: f.id,
          kind: f.kind,
          category: f.category,
          difficulty: 1,
          personas: '[]',
          prompt: `题目 ${f.id}`,
          advert: JSON.stringify({ source: '传单', text: `广告 [[稳赚不赔|high_return]] ${f.id}` }),
          options: JSON.stringify(f.options.map(([text, correct, flag], i) => ({ id: String.fromCharCode(97 + i), text, correct, ...(flag ? { flag } : {}) }))),
          red_flags: JSON.stringify(f.flags),
          explanation: `解析 ${f.id}`,
          created_at: now,
          updated_at: now
        }))
      )
      .execute()
    // Written straight into the table: tell the quiz, as the desk would.
    server.app.content.changed('quiz')
  })
  afterAll(async () => server.close())

  const start = async (body: object = {}) => {
    const res = await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: body })
    expect(res.statusCode).toBe(200)
    return res.json() as { roundId: string; expiresAt: string; questions: { id: string; kind: string; options: { id: string; text: string }[] }[] }
  }
  const answer = (roundId: string, answers: object) => server.app.inject({ method: 'POST', url: `/api/quiz/rounds/${roundId}/answers`, payload: { answers } })
  const allRight = (q: { id: string }[]) => q.map((x) => ({ questionId: x.id, optionIds: RIGHT[x.id] }))
  /** Plays a round as `player`, answering the first `wrong` questions wrongly, handed in after `seconds`; returns the score. */
  const play = async (player: string, village: string, wrong: number, seconds: number, persona = 'elder') => {
    const round = await start({ persona, village, player })
    const answers = round.questions.map((q, i) => ({ questionId: q.id, optionIds: i < wrong ? ['z'] : RIGHT[q.id] }))
    clock.advance(seconds * 1000)
    const res = await answer(round.roundId, answers)
    expect(res.statusCode).toBe(200)
    return res.json().score as number
  }
  /** Lists the town's villages as the office would (an empty list takes any name). */
  const listVillages = async (villages: string[]) => {
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    const town = (await server.app.inject({ method: 'GET', url: '/api/town' })).json()
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, villages } })).statusCode).toBe(200)
  }
  /** Questions shown in all counted rounds, from the running per-item table. */
  const itemsShown = async () =>
    Number(
      (
        await server.app.db
          .selectFrom('quiz_item_daily')
          .select((eb) => eb.fn.sum<number>('shown').as('n'))
          .executeTakeFirst()
      )?.n ?? 0
    )

  it('draws five questions with shuffled options and never sends an answer or an explanation', async () => {
    const round = await start({ persona: 'elder', village: '辛口村', player: 'device-aaaa-1111' })
    expect(round.roundId).toMatch(/^[0-9a-z]{12}-[0-9a-f]{20}$/)
    expect(round.questions).toHaveLength(5)
    const raw = JSON.stringify(round)
    for (const leak of ['"correct"', 'explanation', '解析', '"flag"', 'redFlags', 'urgency', 'correctOptionIds', '[[', 'high_return']) expect(raw).not.toContain(leak)
    // The advert reads as residents meet it, the office's marks taken out.
    expect(raw).toContain('广告 稳赚不赔 quiz-t-')
  })

  it('scores on the server, returns explanations and red flags, and accepts one submission only', async () => {
    const round = await start({ persona: 'farmer', village: '大沙窝村' })
    const answers = round.questions.map((q) => ({ questionId: q.id, optionIds: q.id === 'quiz-t-flags' ? ['a'] : RIGHT[q.id] }))
    const res = await answer(round.roundId, answers)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ score: 90, total: 100 })
    const flagItem = body.results.find((r: { questionId: string }) => r.questionId === 'quiz-t-flags')
    expect(flagItem).toMatchObject({ correct: false, points: 10, correctOptionIds: ['a', 'b'], explanation: '解析 quiz-t-flags', advert: '广告 [[稳赚不赔|high_return]] quiz-t-flags' })
    expect(flagItem.redFlags.map((f: { code: string }) => f.code)).toEqual(['crypto', 'recruit'])
    // What the hand-in adds to the office's figures: each item right or not, each red flag missed (recruit's option was left unpicked) or seen.
    const stored = await server.app.db.selectFrom('quiz_handins').select('tally').where('round_id', '=', round.roundId).executeTakeFirstOrThrow()
    const flagsOf: Record<string, [string, number][]> = {
      'quiz-t-judge1': [
        ['pension', 0],
        ['high_return', 0]
      ],
      'quiz-t-flags': [
        ['crypto', 0],
        ['recruit', 1]
      ],
      'quiz-t-choice1': [['rebate', 0]]
    }
    expect(JSON.parse(stored.tally)).toEqual({
      items: round.questions.map((q) => [q.id, q.id === 'quiz-t-flags' ? 0 : 1]),
      flags: round.questions.flatMap((q) => flagsOf[q.id] ?? [])
    })
    const again = await answer(round.roundId, answers)
    expect(again.statusCode).toBe(409)
    expect(again.json().error.message).toContain('只能交一次')
  })

  it('under a burst, takes each paper once and counts every accepted round', async () => {
    await server.app.quiz.tally()
    const before = await itemsShown()
    const rounds = await Promise.all(Array.from({ length: 12 }, () => start({ persona: 'worker', village: '并发村' })))
    // Every paper handed in three times at once: one is taken, the copies are refused.
    const replies = await Promise.all(rounds.flatMap((r) => [1, 2, 3].map(() => answer(r.roundId, allRight(r.questions)))))
    const codes = replies.map((r) => r.statusCode).sort()
    expect(codes.filter((c) => c === 200)).toHaveLength(12)
    expect(codes.filter((c) => c === 409)).toHaveLength(24)
    // The running figures follow the hand-ins in batches; once counted, no handed-in round is left waiting.
    await server.app.quiz.tally()
    expect(await server.app.db.selectFrom('quiz_handins').select('round_id').where('counted', '=', 0).execute()).toEqual([])
    expect((await itemsShown()) - before).toBe(12 * 5)
  })

  it('refuses a late round, an unknown round and malformed answers', async () => {
    const round = await start()
    clock.advance(181 * 1000 + 15 * 1000)
    const late = await answer(round.roundId, allRight(round.questions))
    expect(late.statusCode).toBe(410)
    expect(late.json().error.message).toContain('时间已经过了')
    expect((await answer(`${'0'.repeat(12)}-${'0'.repeat(20)}`, allRight(round.questions))).statusCode).toBe(404)
    expect((await answer('not-a-round', allRight(round.questions))).statusCode).toBe(404)
    const fresh = await start()
    expect((await answer(fresh.roundId, [{ questionId: 'quiz-not-in-round', optionIds: ['a'] }])).statusCode).toBe(400)
    expect((await server.app.inject({ method: 'POST', url: `/api/quiz/rounds/${fresh.roundId}/answers`, payload: { answers: 'all right' } })).statusCode).toBe(400)
    expect((await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'king' } })).statusCode).toBe(400)
    expect((await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder', village: '辛口\u0000村' } })).statusCode).toBe(400)
  })

  it('keeps the best of the first three rounds a day, breaks ties by time, and shows a live village board', async () => {
    // A day inside the campaign below, with no villages listed yet.
    clock.t = new Date('2026-06-10T02:00:00Z')
    await listVillages([])
    const publisher = await staffWith(server.app, `quiz_pub_${lane}`, ['publisher'])
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/campaigns',
      headers: publisher,
      payload: { theme: '答题月', startsOn: '2026-06-01', endsOn: '2026-06-30', bannerImageId: null, slogans: ['守住钱袋子'], articleIds: [], caseIds: [], quizSeconds: 120 }
    })
    expect(created.json().quizSeconds).toBe(120)
    await server.app.inject({ method: 'POST', url: `/api/admin/campaigns/${created.json().id}/publish`, headers: publisher })
    // The campaign sets the time limit of its rounds.
    expect((await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: {} })).json().seconds).toBe(120)
    expect((await server.app.inject({ method: 'GET', url: '/api/quiz/board' })).json().villages).toEqual([])

    // Player A in 辛口村: 60 slowly, 80 slowly, 80 quickly, then a 100 that is the 4th round of the day.
    expect(await play('player-a-000001', '辛口村', 2, 90)).toBe(60)
    expect(await play('player-a-000001', '辛口村', 1, 90)).toBe(80)
    expect(await play('player-a-000001', '辛口村', 1, 30)).toBe(80)
    expect(await play('player-a-000001', '辛口村', 0, 30)).toBe(100)
    // Player B in 大沙窝村 scores 40.
    expect(await play('player-b-000002', '大沙窝村', 3, 60)).toBe(40)

    // Until the office lists its villages, names typed by residents never appear: the town's figure only.
    const unlisted = (await server.app.inject({ method: 'GET', url: '/api/quiz/board' })).json()
    expect(unlisted.villages).toEqual([])
    expect(unlisted.total).toEqual({ participants: 2, averageScore: 60 })
    const admin = await staffWith(server.app, `quiz_board_admin_${lane}`, ['admin'])
    const town = (await server.app.inject({ method: 'GET', url: '/api/town' })).json()
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, villages: ['辛口村', '大沙窝村', '王家村'] } })).statusCode).toBe(200)
    const board = (await server.app.inject({ method: 'GET', url: '/api/quiz/board' })).json()
    expect(board.villages).toEqual([
      { village: '辛口村', participants: 1, averageScore: 80 },
      { village: '大沙窝村', participants: 1, averageScore: 40 }
    ])
    // A village taken off the list leaves the board (its players still count in the town's figure).
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, villages: ['辛口村'] } })).statusCode).toBe(200)
    const fewer = (await server.app.inject({ method: 'GET', url: '/api/quiz/board' })).json()
    expect(fewer.villages.map((v: { village: string }) => v.village)).toEqual(['辛口村'])
    expect(fewer.total.participants).toBe(2)
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, villages: ['辛口村', '大沙窝村'] } })).statusCode).toBe(200)
    const best = await server.app.db.selectFrom('quiz_participants').selectAll().where('scope', '=', boardScope(created.json().id, 'xinkou')).where('village', '=', '辛口村').executeTakeFirstOrThrow()
    expect({ score: best.best_score, ms: best.best_ms }).toEqual({ score: 80, ms: 30000 })

    // The next day counts again.
    clock.advance(24 * 3600 * 1000)
    expect(await play('player-a-000001', '辛口村', 0, 20)).toBe(100)
    const next = (await server.app.inject({ method: 'GET', url: '/api/quiz/board' })).json()
    expect(next.villages[0]).toEqual({ village: '辛口村', participants: 1, averageScore: 100 })
    // The day has passed, and with it the admin's session: sign in again to leave the town as it was.
    const again = await signIn(server.app, `quiz_board_admin_${lane}`, `quiz_board_admin_${lane}-password-123`)
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: again, payload: town })).statusCode).toBe(200)
  })

  it('gives the office its figures from the running tables, matching a hand count', async () => {
    // A day of its own, outside any campaign: only the rounds played here fall in it.
    clock.t = new Date('2026-07-20T02:00:00Z')
    await listVillages([])
    const scores = [
      await play('player-s-000001', '辛口村', 2, 40),
      await play('player-s-000001', '辛口村', 1, 40),
      await play('player-s-000002', '辛口村', 0, 40),
      await play('player-s-000003', '大沙窝村', 3, 40, 'farmer')
    ]
    expect(scores).toEqual([60, 80, 100, 40])
    const admin = await staffWith(server.app, `quiz_admin_${lane}`, ['publisher'])
    const get = async (q = '') => (await server.app.inject({ method: 'GET', url: `/api/admin/quiz/stats?from=2026-07-20&to=2026-07-20${q}`, headers: admin })).json()
    const stats = await get()
    expect(stats.rounds).toBe(4)
    expect(stats.averageScore).toBe(70)
    expect(stats.days).toEqual([{ day: '2026-07-20', rounds: 4, newParticipants: 3, averageScore: 70 }])
    // Every round shows all five items of the bank, so each item and each of its red flags was shown four times.
    const flagsItem = stats.items.find((i: { itemId: string }) => i.itemId === 'quiz-t-flags')
    expect(flagsItem.shown).toBe(4)
    expect(flagsItem.prompt).toBe('“广告 稳赚不赔 quiz-t-flags”')
    expect(stats.flags.find((f: { flag: string }) => f.flag === 'crypto').shown).toBe(4)
    expect(stats.byVillage).toEqual([
      { name: '辛口村', rounds: 3, averageScore: 80 },
      { name: '大沙窝村', rounds: 1, averageScore: 40 }
    ])

    // The same figures for one village or one persona.
    const village = await get(`&village=${encodeURIComponent('辛口村')}`)
    expect(village.rounds).toBe(3)
    expect(village.averageScore).toBe(80)
    expect(village.flags.find((f: { flag: string }) => f.flag === 'crypto').shown).toBe(3)
    expect(village.byVillage).toEqual([{ name: '辛口村', rounds: 3, averageScore: 80 }])
    expect((await get('&persona=farmer')).rounds).toBe(1)
    expect((await get('&persona=student')).rounds).toBe(0)
    expect((await server.app.inject({ method: 'GET', url: '/api/admin/quiz/stats?from=2026-07-20&to=2026-07-20&persona=king', headers: admin })).statusCode).toBe(400)

    // A village name typed by a resident cannot become a spreadsheet formula in the export.
    const round = await start({ persona: 'worker', village: '=HYPERLINK("http://x")', player: 'player-csv-0001' })
    expect((await answer(round.roundId, allRight(round.questions))).statusCode).toBe(200)
    const csv = await server.app.inject({ method: 'GET', url: '/api/admin/quiz/stats.csv?from=2026-07-20&to=2026-07-20', headers: admin })
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.body).toContain('漏看率')
    // Shares and groups as the page shows them, not as codes and fractions.
    expect(csv.body).toContain('"上班族","1","100"')
    expect(csv.body).toMatch(/"\d+(\.\d)?%"/)
    expect(csv.body).not.toContain('"worker"')
    expect(csv.body).toContain('"\'=HYPERLINK(""http://x"")"')
    expect(csv.body).not.toMatch(/(^|,)"=/m)
  })

  it('takes only listed villages once the office has entered them', async () => {
    const admin = await staffWith(server.app, `quiz_town_${lane}`, ['admin'])
    const town = (await server.app.inject({ method: 'GET', url: '/api/town' })).json()
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, villages: ['辛口村', '大沙窝村'] } })).statusCode).toBe(200)
    const typed = await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder', village: '我编的村' } })
    expect(typed.statusCode).toBe(400)
    expect(typed.json().error.message).toBe('请从列表里选您所在的村（社区）。')
    expect((await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder', village: '辛口村' } })).statusCode).toBe(200)
    // Not saying is still allowed.
    expect((await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder' } })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: town })).statusCode).toBe(200)
  })

  it('answers with the whole result of every question, in the order drawn, as JSON', async () => {
    const round = await start({ persona: 'student', village: '辛口村' })
    const picks = round.questions.map((q, i) => (i % 2 ? RIGHT[q.id] : [q.options[0].id]))
    const res = await answer(
      round.roundId,
      round.questions.map((q, i) => ({ questionId: q.id, optionIds: picks[i] }))
    )
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    const body = res.json()
    // Worked out here from the bank above: a wholly right answer is worth 20; a red-flag answer earns 20 × (right picks − wrong picks) / right options.
    const expected = round.questions.map((q, i) => {
      const f = FIXTURE.find((x) => x.id === q.id)!
      const right = RIGHT[q.id]
      const correct = picks[i].length === right.length && picks[i].every((p) => right.includes(p))
      const points = correct
        ? 20
        : f.kind === 'flags'
          ? Math.round((Math.max(0, picks[i].filter((p) => right.includes(p)).length - picks[i].filter((p) => !right.includes(p)).length) / right.length) * 20)
          : 0
      return {
        questionId: q.id,
        correct,
        points,
        correctOptionIds: right,
        explanation: `解析 ${q.id}`,
        redFlags: f.flags.map((code) => expect.objectContaining({ code, label: expect.any(String) })),
        advert: `广告 [[稳赚不赔|high_return]] ${q.id}`
      }
    })
    // The lesson link is there when the disguise has a published article.
    expect(body.results.map(({ articleId: _, ...rest }: { articleId?: string }) => rest)).toEqual(expected)
    expect(body).toMatchObject({ score: expected.reduce((sum, r) => sum + r.points, 0), total: 100 })
  })

  it('counts each round once when two counters read the same hand-ins at once', async () => {
    await server.app.quiz.tally()
    const before = await itemsShown()
    const rounds = await Promise.all(Array.from({ length: 7 }, () => start({ persona: 'worker', village: '辛口村' })))
    for (const r of rounds) expect((await answer(r.roundId, allRight(r.questions))).statusCode).toBe(200)
    // As two servers sharing one PostgreSQL would: both read the same rounds before either writes; only one may count them.
    const [a, b] = [
      new Counter(server.app.db, server.app.dbKind, new WriteTurn('counting', WriteTurn.memory())),
      new Counter(server.app.db, server.app.dbKind, new WriteTurn('counting', WriteTurn.memory()))
    ]
    await Promise.all([a.count(), b.count(), server.app.quiz.tally()])
    expect(await itemsShown()).toBe(before + 7 * 5)
  })
})

describe("an item as the office's figures name it", () => {
  const advert = (text: string) => JSON.stringify({ source: '传单', text })
  it("quotes the advert's opening words, without its marks, and quotes a quotation only once", () => {
    expect(itemTitle('是不是非法集资广告？', advert('[[稳赚不赔|high_return]]，月月分红'))).toBe('“稳赚不赔，月月分红”')
    expect(itemTitle('是不是非法集资广告？', advert('“某某爱心互助平台”：你帮我、我帮你，人人都是受益人，入会就返'))).toBe('“某某爱心互助平台”：你帮我、我帮你，人人都是受…')
    expect(itemTitle('银行卖理财，宣传材料上应当写明哪句话？', null)).toBe('银行卖理财，宣传材料上应当写明哪句话？')
  })
})
