import { createHash, randomBytes } from 'node:crypto'
import { sql, type Insertable } from 'kysely'
import { drawItems, POINTS_PER_QUESTION, QUESTIONS_PER_ROUND, scoreAnswer, shuffle, type Board, type QuizKind, type QuizOption } from '../../../src/core/quiz'
import { plainText } from '../../../src/core/body-text'
import { residentQuestion, type ResidentQuestion, type RoundResult } from '../../../src/core/quiz-item'
import { toRedFlags } from '../../../src/core/red-flags'
import type { Database, Db } from '../../db/database'
import type { WriteTurn } from '../../db/write-turn'
import { AppError } from '../../errors'
import { unguessableTimeOrderedId, UNGUESSABLE_TIME_ORDERED_ID } from '../../ids'
import { Memo } from '../../memo'
import type { ContentEvents } from '../content/events'
import { GroupCommit } from './group-commit'
import { boardScope, type Tally } from './tally'

interface Item {
  id: string
  kind: QuizKind
  category: string
  personas: string[]
  prompt: string
  advert: { source: string; text: string } | null
  options: QuizOption[]
  /** What a round's result says of this item whatever the answer: made once per bank load. */
  review: Omit<RoundResult['results'][number], 'questionId' | 'correct' | 'points'>
  /** Its red flags, each with the option that names it (for "which red flags" items). */
  flags: { flag: string; option: string | undefined }[]
}

/** The questions of a drawn round, each with its option ids in the order shown. */
type Shown = { id: string; options: string[] }[]

const GRACE_MS = 15000

/** Uniform numbers in [0, 1) from the system's secure generator, read a few kilobytes at a time. */
function randomSource(): () => number {
  let pool = randomBytes(4096)
  let at = 0
  return () => {
    if (at + 4 > pool.length) {
      pool = randomBytes(4096)
      at = 0
    }
    const value = pool.readUInt32BE(at)
    at += 4
    return value / 2 ** 32
  }
}

const err = {
  gone: () => new AppError(404, 'no_round', '没有这一轮答题，请重新开始。'),
  again: () => new AppError(409, 'already_submitted', '这一轮已经交过卷了，每轮只能交一次。'),
  late: () => new AppError(410, 'round_expired', '答题时间已经过了，这一轮不计分。再来一轮吧！'),
  mismatch: () => new AppError(400, 'bad_answers', '答案和这一轮的题目对不上，请重新开始一轮。')
}

/** Answers checked one by one in a round drawn with feedback: question id to the option ids, each locked once written. */
type Checked = Record<string, string[]>

/** Tries at writing a check before giving up: each failed try means another check of the same round was written meanwhile. */
const CHECK_TRIES = 8

const sameAnswer = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id))

/** Where hand-ins are counted into the running figures: the counting thread (tally-thread.ts). */
export interface Counting {
  /** Taken by the quiz's writes, so they wait for a count's batch with the event loop free (see write-turn.ts). */
  turn: WriteTurn
  count(): Promise<void>
  close(): Promise<void>
}

/** How soon after a hand-in the running figures are brought up to date. */
const TALLY_DELAY_MS = 500

/** How the office recognises an item in its figures: the advert's opening words in quotes, or the question. */
export function itemTitle(prompt: string | null, advert: string | null): string {
  const text = advert
    ? plainText((JSON.parse(advert) as { text: string }).text)
        .replace(/\s+/g, ' ')
        .trim()
    : ''
  if (!text) return prompt ?? ''
  const opening = text.length > 24 ? `${text.slice(0, 24)}…` : text
  // An advert that opens with a quotation of its own ("“某某互助平台”：…") is not quoted twice.
  return opening.startsWith('“') ? opening : `“${opening}”`
}

/**
 * The fundraising-advert quiz. Items are kept in memory (they change only
 * when the office publishes), so drawing a round is one write, and scoring
 * one is a read of the round by its key and one write; hand-ins are added to the running figures in batches
 * shortly after (see `tally`), so reading them never means scanning rounds.
 */
export class QuizService {
  /** The published items, read once and kept until the content changes. */
  private readonly bank = new Memo(() => this.loadBank())
  /** Drawn rounds and hand-ins, each written in groups (see group-commit.ts); the running figures follow in larger batches (see `tally`). */
  private readonly rounds = new GroupCommit<Insertable<Database['quiz_rounds']>>(async (rows) => {
    await this.counting.turn.run(() => this.db.insertInto('quiz_rounds').values(rows).execute())
  })
  private readonly papers = new GroupCommit<Insertable<Database['quiz_handins']>>(async (rows) => {
    // A paper already handed in is not returned by the insert, and is refused.
    const written = await this.counting.turn.run(() =>
      this.db
        .insertInto('quiz_handins')
        .values(rows)
        .onConflict((oc) => oc.column('round_id').doNothing())
        .returning('round_id')
        .execute()
    )
    const taken = new Set(written.map((r) => r.round_id))
    if (taken.size > 0) this.scheduleTally()
    return rows.map((row) => (taken.has(row.round_id) ? undefined : err.again()))
  })
  /** Rounds being written right now: a second copy of the same paper is refused at once. */
  private readonly inFlight = new Set<string>()
  private readonly random = randomSource()
  private tallyTimer: NodeJS.Timeout | null = null
  private closed = false

  constructor(
    private readonly db: Db,
    private readonly counting: Counting,
    private readonly now: () => Date,
    private readonly campaigns: { published(which: 'current', town: string): Promise<{ id: string; quizSeconds: number; quizFeedback: boolean } | null> },
    private readonly events: ContentEvents
  ) {
    // Results link each item to the newest article of its kind, so a published or withdrawn article changes them too.
    events.on(['quiz', 'article'], () => this.bank.drop())
  }

  /** The bank as it is now: loaded again after any change to items or articles, including an article going live at its scheduled time. */
  private async currentBank() {
    await this.events.due()
    return this.bank.get()
  }

  private async loadBank(): Promise<{ all: Item[]; byId: Map<string, Item> }> {
    const rows = await this.db.selectFrom('quiz_items').selectAll().where('status', '=', 'published').execute()
    const articles = await this.db
      .selectFrom('articles')
      .select(['id', 'category'])
      .where('status', '=', 'published')
      .where('published_at', '<=', this.now().toISOString())
      .orderBy('published_at', 'desc')
      .execute()
    const articleByCategory = new Map<string, string>()
    for (const a of articles) if (!articleByCategory.has(a.category)) articleByCategory.set(a.category, a.id)
    const all: Item[] = rows.map((r) => {
      const advert = r.advert ? (JSON.parse(r.advert) as Item['advert']) : null
      const options = JSON.parse(r.options) as QuizOption[]
      const redFlags = JSON.parse(r.red_flags) as string[]
      const articleId = articleByCategory.get(r.category)
      return {
        id: r.id,
        kind: r.kind,
        category: r.category,
        personas: JSON.parse(r.personas) as string[],
        prompt: r.prompt,
        advert,
        options,
        review: {
          correctOptionIds: options.filter((o) => o.correct).map((o) => o.id),
          explanation: r.explanation,
          redFlags: toRedFlags(redFlags),
          ...(advert ? { advert: advert.text } : {}),
          ...(articleId ? { articleId } : {})
        },
        flags: redFlags.map((flag) => ({ flag, option: options.find((o) => o.flag === flag)?.id }))
      }
    })
    return { all, byId: new Map(all.map((i) => [i.id, i])) }
  }

  async draw(input: {
    persona: string
    village: string
    player?: string
    town: string
  }): Promise<{ roundId: string; expiresAt: string; seconds: number; feedback: boolean; questions: ResidentQuestion[] }> {
    const { all } = await this.currentBank()
    if (all.length === 0) throw new AppError(503, 'no_items', '题库还没有题目，请稍后再来。')
    const picked = drawItems(all, input.persona, QUESTIONS_PER_ROUND, this.random)
    const campaign = await this.campaigns.published('current', input.town)
    const seconds = campaign?.quizSeconds ?? 180
    // The round keeps the campaign's setting as drawn: the office switching it mid-round changes nothing on the phone.
    const feedback = campaign?.quizFeedback ?? false
    const at = this.now()
    const expiresAt = new Date(at.getTime() + seconds * 1000)
    const shown = picked.map((item) => ({ id: item.id, options: shuffle(item.options, this.random).map((o) => o.id) }))
    // Unguessable (80 random bits), and ordered by draw time: rounds, and their hand-ins, which follow the draws
    // within minutes, land near the end of the tables' key order, so a group of hand-ins written together touches
    // a few pages of the index rather than one per round, and costs the same with a million stored.
    const roundId = unguessableTimeOrderedId(at)
    await this.rounds.add({
      id: roundId,
      // Only a hash of the device's own random id: enough to count rounds, nothing to identify a person.
      participant: createHash('sha256')
        .update(input.player || roundId)
        .digest('hex'),
      persona: input.persona,
      village: input.village,
      campaign_id: campaign?.id ?? null,
      town: input.town,
      created_at: at.toISOString(),
      expires_at: new Date(expiresAt.getTime() + GRACE_MS).toISOString(),
      items: JSON.stringify(shown),
      feedback: feedback ? 1 : 0
    })
    return {
      roundId,
      expiresAt: expiresAt.toISOString(),
      seconds,
      feedback,
      // Never the answers, flag codes or the office's marks: those come only with the results.
      questions: picked.map((item, i) => residentQuestion(item.id, item, shown[i].options))
    }
  }

  private async drawnRound(roundId: string) {
    if (!UNGUESSABLE_TIME_ORDERED_ID.test(roundId)) return undefined
    return this.db.selectFrom('quiz_rounds').select(['items', 'created_at', 'expires_at', 'feedback', 'checked']).where('id', '=', roundId).executeTakeFirst()
  }

  /**
   * Checks one question of a round drawn with feedback and locks the answer:
   * the first answer checked is the one the hand-in scores. Checking the same
   * answer again answers the same (a phone that lost the reply can ask
   * again); a different one is refused. Each check is written as a
   * conditional update on the round's checks as read, so two checks arriving
   * together cannot overwrite each other, on either database.
   */
  async check(roundId: string, questionId: string, optionIds: string[]): Promise<RoundResult['results'][number]> {
    const { byId } = await this.currentBank()
    for (let attempt = 0; attempt < CHECK_TRIES; attempt++) {
      const round = await this.drawnRound(roundId)
      if (!round) throw err.gone()
      if (round.feedback !== 1) throw new AppError(409, 'feedback_off', '这一轮要全部答完交卷后才能看对错。')
      if (this.inFlight.has(roundId) || (await this.db.selectFrom('quiz_handins').select('round_id').where('round_id', '=', roundId).executeTakeFirst())) throw err.again()
      if (this.now().toISOString() > round.expires_at) throw err.late()
      const shown = (JSON.parse(round.items) as Shown).find((s) => s.id === questionId)
      const item = byId.get(questionId)
      if (!shown || !item) throw new AppError(400, 'not_in_round', '这道题不在这一轮里，请重新开始一轮。')
      if (optionIds.some((id) => !shown.options.includes(id))) throw new AppError(400, 'bad_answers', '选的答案不是这道题的选项，请重新选。')
      const checked = JSON.parse(round.checked) as Checked
      const locked = checked[questionId]
      if (locked && !sameAnswer(locked, optionIds)) throw new AppError(409, 'answer_locked', '这道题已经对过答案了，答案不能再改。')
      if (!locked) {
        const written = await this.counting.turn.run(() =>
          this.db
            .updateTable('quiz_rounds')
            .set({ checked: JSON.stringify({ ...checked, [questionId]: optionIds }) })
            .where('id', '=', roundId)
            .where('checked', '=', round.checked)
            .executeTakeFirst()
        )
        // Another check of this round was written since the read: read it again and decide on what is there now.
        if (Number(written.numUpdatedRows) !== 1) continue
      }
      const answer = locked ?? optionIds
      return { questionId, ...scoreAnswer(item.kind, item.options, answer), ...item.review }
    }
    throw new AppError(503, 'busy', '同时对答案的人太多了，请再点一次。')
  }

  async submit(roundId: string, answers: { questionId: string; optionIds: string[] }[]): Promise<RoundResult> {
    const { byId } = await this.currentBank()
    const round = await this.drawnRound(roundId)
    if (!round) throw err.gone()
    const at = this.now()
    const submittedAt = at.toISOString()
    if (submittedAt > round.expires_at) throw err.late()
    const shown = JSON.parse(round.items) as Shown
    const given = new Map<string, string[]>()
    for (const { questionId, optionIds } of answers) {
      if (given.has(questionId) || !shown.some((s) => s.id === questionId)) throw err.mismatch()
      given.set(questionId, optionIds)
    }
    // An answer checked during the round is the one scored, whatever the paper says now: the resident saw
    // the right answer after checking, so a changed answer is ignored rather than refused (refusing would
    // lose the whole paper to one stale answer on the phone).
    for (const [questionId, optionIds] of Object.entries(JSON.parse(round.checked) as Checked)) given.set(questionId, optionIds)
    let score = 0
    const results: RoundResult['results'] = []
    const tally: Tally = { items: [], flags: [] }
    for (const s of shown) {
      const item = byId.get(s.id)
      if (!item) continue
      const picked = (given.get(s.id) ?? []).filter((id) => s.options.includes(id))
      const { points, correct } = scoreAnswer(item.kind, item.options, picked)
      score += points
      for (const { flag, option } of item.flags) {
        // A flag is missed when the resident failed to see it: a wrong verdict on the advert, or its option left unpicked.
        const missed = option ? !picked.includes(option) : !correct
        tally.flags.push([flag, missed ? 1 : 0])
      }
      tally.items.push([item.id, correct ? 1 : 0])
      results.push({ questionId: item.id, correct, points, ...item.review })
    }
    const durationMs = Math.max(0, at.getTime() - Date.parse(round.created_at))
    if (this.inFlight.has(roundId)) throw err.again()
    this.inFlight.add(roundId)
    try {
      await this.papers.add({ round_id: roundId, submitted_at: submittedAt, score, duration_ms: durationMs, tally: JSON.stringify(tally) })
    } finally {
      this.inFlight.delete(roundId)
    }
    return { score, total: shown.length * POINTS_PER_QUESTION, results }
  }

  private scheduleTally(): void {
    // A group written while the server closes is counted at the next start (its rounds stay marked as not counted).
    if (this.tallyTimer || this.closed) return
    this.tallyTimer = setTimeout(() => {
      this.tallyTimer = null
      // A failed count is retried by the next hand-in or read: the rounds stay marked as not yet counted.
      this.tally().catch(() => undefined)
    }, TALLY_DELAY_MS)
  }

  /**
   * Adds every handed-in round not yet counted to the running figures.
   * Readers of the figures wait for it, so the board and the dashboard
   * include every round handed in before they asked; after a restart, rounds
   * handed in but not yet counted are counted on the first hand-in or read.
   */
  tally(): Promise<void> {
    return this.counting.count()
  }

  /** Stops the delayed count, lets a running one finish and stops the counting thread (the server is closing). */
  async close(): Promise<void> {
    this.closed = true
    if (this.tallyTimer) clearTimeout(this.tallyTimer)
    this.tallyTimer = null
    await this.counting.close()
  }

  /**
   * Participation and average best score for the running campaign: the whole
   * town, and each village the office has listed. Names residents typed
   * themselves are counted in the town's figure but never shown: public text
   * comes from the office. With no villages listed, the town total only.
   */
  async currentBoard(town: { code: string; villages: string[] }): Promise<Board> {
    const listed = town.villages
    const campaign = await this.campaigns.published('current', town.code)
    if (!campaign) throw new AppError(404, 'no_campaign', '现在没有进行中的宣传活动，答题榜在宣传月期间开放。')
    await this.tally()
    const rows = await this.db.selectFrom('quiz_board').selectAll().where('scope', '=', boardScope(campaign.id, town.code)).execute()
    const figures = (participants: number, scoreSum: number) => ({ participants, averageScore: participants ? Math.round((scoreSum / participants) * 10) / 10 : 0 })
    const shown = new Set(listed)
    return {
      campaignId: campaign.id,
      total: figures(
        rows.reduce((n, r) => n + r.participants, 0),
        rows.reduce((n, r) => n + r.score_sum, 0)
      ),
      villages: rows
        .filter((r) => shown.has(r.village))
        .map((r) => ({ village: r.village, ...figures(r.participants, r.score_sum) }))
        .sort((a, b) => b.participants - a.participants || b.averageScore - a.averageScore)
    }
  }

  /**
   * The office's figures for a range of Beijing days, for the whole town or
   * one village or persona. They are read from the running tables, which hold
   * a row per day for each slice ('' meaning all villages or all personas), so
   * the work depends on the days asked for, never on how many rounds were
   * played. (Per-item rates are kept by day only, so they ignore the slice.)
   */
  async stats(range: { from: string; to: string; town?: string; village?: string; persona?: string }) {
    await this.tally()
    const { from, to } = range
    // The district's figures are its totals (town ''): villages belong to towns, so they are broken down by town instead.
    const town = range.town ?? ''
    const slice = { village: range.village ?? '', persona: range.persona ?? '' }
    const { village, persona } = slice
    const daily = this.db
      .selectFrom('quiz_daily')
      .where('town', '=', town)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .select((eb) => [eb.fn.sum<number>('rounds').as('rounds'), eb.fn.sum<number>('score_sum').as('score_sum'), eb.fn.sum<number>('new_participants').as('new_participants')])
    // Each village within the chosen persona, or each persona within the chosen village (just the chosen one, if any).
    const breakdown = (by: 'village' | 'persona') => {
      const within = by === 'village' ? 'persona' : 'village'
      return daily
        .select(sql.ref<string>(by).as('name'))
        .where(within, '=', slice[within])
        .where(by, range[by] ? '=' : '<>', slice[by])
        .groupBy(by)
        .execute()
    }
    const towns = town
      ? Promise.resolve([])
      : this.db
          .selectFrom('quiz_daily')
          .where('town', '<>', '')
          .where('village', '=', '')
          .where('persona', '=', persona)
          .where('day', '>=', from)
          .where('day', '<=', to)
          .select((eb) => [sql.ref<string>('town').as('name'), eb.fn.sum<number>('rounds').as('rounds'), eb.fn.sum<number>('score_sum').as('score_sum')])
          .groupBy('town')
          .execute()
    const [days, villages, personas, items, flags, byTown] = await Promise.all([
      daily.select('day').where('village', '=', village).where('persona', '=', persona).groupBy('day').orderBy('day').execute(),
      breakdown('village'),
      breakdown('persona'),
      this.db
        .selectFrom((db) =>
          db
            .selectFrom('quiz_item_daily')
            .select(['item_id', (eb) => eb.fn.sum<number>('shown').as('shown'), (eb) => eb.fn.sum<number>('correct').as('correct')])
            .where('day', '>=', from)
            .where('day', '<=', to)
            .groupBy('item_id')
            .as('d')
        )
        .leftJoin('quiz_items as q', 'q.id', 'd.item_id')
        .select(['d.item_id', 'd.shown', 'd.correct', 'q.prompt', 'q.advert'])
        .execute(),
      this.db
        .selectFrom('quiz_flag_daily')
        .select(['flag', (eb) => eb.fn.sum<number>('shown').as('shown'), (eb) => eb.fn.sum<number>('missed').as('missed')])
        .where('town', '=', town)
        .where('village', '=', village)
        .where('persona', '=', persona)
        .where('day', '>=', from)
        .where('day', '<=', to)
        .groupBy('flag')
        .execute(),
      towns
    ])
    // PostgreSQL returns sums as strings.
    const n = (v: number | string | null) => Number(v ?? 0)
    const average = (sum: number | string, count: number | string) => (n(count) ? Math.round((n(sum) / n(count)) * 10) / 10 : 0)
    const rate = (part: number | string, count: number | string) => (n(count) ? Math.round((n(part) / n(count)) * 1000) / 1000 : 0)
    const rounds = days.reduce((sum, d) => sum + n(d.rounds), 0)
    // Ties fall back to the larger sample, then a fixed key: SQLite and PostgreSQL return grouped rows in different orders, and a
    // list that reorders itself between two loads of the same figures reads as if they had changed.
    const group = (rows: { name: string; rounds: number; score_sum: number }[]) =>
      rows.map((r) => ({ name: r.name, rounds: n(r.rounds), averageScore: average(r.score_sum, r.rounds) })).sort((a, b) => b.rounds - a.rounds || a.name.localeCompare(b.name))
    return {
      rounds,
      averageScore: average(
        days.reduce((sum, d) => sum + n(d.score_sum), 0),
        rounds
      ),
      days: days.map((d) => ({ day: d.day, rounds: n(d.rounds), newParticipants: n(d.new_participants), averageScore: average(d.score_sum, d.rounds) })),
      items: items
        // Many items share a prompt ("是不是非法集资广告？"); the advert's opening words tell them apart.
        .map((i) => ({ itemId: i.item_id, prompt: itemTitle(i.prompt, i.advert), shown: n(i.shown), correctRate: rate(i.correct, i.shown) }))
        .sort((a, b) => a.correctRate - b.correctRate || b.shown - a.shown || a.itemId.localeCompare(b.itemId)),
      flags: flags
        .map((f) => ({ flag: f.flag, label: toRedFlags([f.flag])[0]?.label ?? f.flag, shown: n(f.shown), missRate: rate(f.missed, f.shown) }))
        .sort((a, b) => b.missRate - a.missRate || b.shown - a.shown || a.flag.localeCompare(b.flag)),
      byVillage: group(villages),
      byPersona: group(personas),
      /** The district's figures by town (town codes); empty for one town's. */
      byTown: group(byTown)
    }
  }
}
