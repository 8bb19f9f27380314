import { setTimeout as sleep } from 'node:timers/promises'
import { beijingToday } from '../../src/core/campaign'
import { LANES, publishCampaign, startServer, TestClock, type TestServer } from './helpers'

const DAY = 24 * 3600 * 1000

describe.each(LANES)('quiz retention on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
  })
  afterAll(async () => server.close())

  const draw = async (player: string) => {
    const res = await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder', village: '辛口村', player } })
    expect(res.statusCode).toBe(200)
    return res.json() as { roundId: string; questions: { id: string; options: { id: string }[] }[] }
  }
  const play = async (player: string, pick: number) => {
    const round = await draw(player)
    const res = await server.app.inject({
      method: 'POST',
      url: `/api/quiz/rounds/${round.roundId}/answers`,
      payload: { answers: round.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[pick].id] })) }
    })
    expect(res.statusCode).toBe(200)
    return round.roundId
  }
  const rounds = async () => (await server.app.db.selectFrom('quiz_rounds').select('id').orderBy('id').execute()).map((r) => r.id)
  const handIns = async () => server.app.db.selectFrom('quiz_handins').select(['round_id', 'counted']).orderBy('round_id').execute()
  /** Everything the office's figures and the residents' bests are read from, read without counting first. */
  const figures = async () => {
    const db = server.app.db
    return {
      participants: await db.selectFrom('quiz_participants').selectAll().orderBy('scope').orderBy('participant').execute(),
      board: await db.selectFrom('quiz_board').selectAll().orderBy('scope').orderBy('village').execute(),
      daily: await db.selectFrom('quiz_daily').selectAll().orderBy('day').orderBy('village').orderBy('persona').execute(),
      items: await db.selectFrom('quiz_item_daily').selectAll().orderBy('day').orderBy('item_id').execute(),
      flags: await db.selectFrom('quiz_flag_daily').selectAll().orderBy('day').orderBy('flag').orderBy('village').orderBy('persona').execute()
    }
  }
  const roundsCounted = async () =>
    Number(
      (
        await server.app.db
          .selectFrom('quiz_daily')
          .select((eb) => eb.fn.sum<number>('rounds').as('n'))
          .where('town', '=', '')
          .where('village', '=', '')
          .where('persona', '=', '')
          .executeTakeFirst()
      )?.n ?? 0
    )

  it('deletes rounds nobody needs, never a hand-in still to be counted, and leaves the figures and bests as they were', async () => {
    // A campaign from today, so the rounds also make the residents' bests and the village board. (The purge
    // walks forward in time, so the clock only ever moves on: this test may run after the other.)
    await publishCampaign(server.app, { startsOn: beijingToday(clock.now()), endsOn: beijingToday(new Date(clock.now().getTime() + 29 * DAY)) })
    const countedBefore = await roundsCounted()

    const played = [await play('player-a-000001', 0), await play('player-a-000001', 1), await play('player-b-000002', 0)]
    const unanswered = (await draw('player-c-000003')).roundId
    const board = (await server.app.inject({ method: 'GET', url: '/api/quiz/board' })).json()
    expect(board.total).toEqual(expect.objectContaining({ participants: 2 }))
    const before = await figures()
    expect(await roundsCounted()).toBe(countedBefore + 3)

    // A day later the round never handed in is gone; the played rounds and one drawn just now stay.
    clock.advance(DAY + 60 * 1000)
    const fresh = (await draw('player-c-000003')).roundId
    expect(await server.app.quizRetention.purge()).toBe(1)
    expect(await rounds()).toEqual([...played, fresh].sort())
    expect(await rounds()).not.toContain(unanswered)

    // A paper handed in but not yet counted (the server stopped before its count), written as the hand-in writes it.
    // First the count the hand-ins above scheduled (500 ms after them) has run, so nothing counts this one meanwhile.
    await sleep(600)
    await server.app.quiz.tally()
    const waiting = (await draw('player-d-000004')).roundId
    await server.app.db.insertInto('quiz_handins').values({ round_id: waiting, submitted_at: clock.now().toISOString(), score: 100, duration_ms: 40000, tally: '{"items":[],"flags":[]}' }).execute()

    // Past the 30 days for every round so far: played and unanswered rounds go, with their counted hand-ins; the uncounted one stays with its round.
    clock.advance(31 * DAY)
    const recent = (await draw('player-e-000005')).roundId
    expect(await server.app.quizRetention.purge()).toBe(4)
    expect(await rounds()).toEqual([waiting, recent].sort())
    expect(await handIns()).toEqual([{ round_id: waiting, counted: 0 }])
    expect(await figures()).toEqual(before)

    // The waiting paper is still counted after the purge, and the next purge takes it.
    await server.app.quiz.tally()
    expect(await roundsCounted()).toBe(countedBefore + 4)
    expect(await handIns()).toEqual([{ round_id: waiting, counted: 1 }])
    clock.advance(31 * DAY)
    expect(await server.app.quizRetention.purge()).toBe(2)
    expect(await rounds()).toEqual([])
    expect(await handIns()).toEqual([])
  })

  it('counts every paper when a purge runs alongside the counter', async () => {
    const before = await roundsCounted()
    const papers = await Promise.all(Array.from({ length: 7 }, (_, i) => play(`player-race-${i}0000`, i % 2)))
    // Old enough to go the moment they are counted, and purged while the counter claims them.
    clock.advance(31 * DAY)
    await Promise.all([server.app.quizRetention.purge(), server.app.quiz.tally(), server.app.quizRetention.purge()])
    await server.app.quiz.tally()
    expect(await roundsCounted()).toBe(before + 7)
    await server.app.quizRetention.purge()
    expect((await rounds()).filter((id) => papers.includes(id))).toEqual([])
    expect((await handIns()).filter((h) => papers.includes(h.round_id))).toEqual([])
  })
})
