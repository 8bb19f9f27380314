import type { Db } from '../../db/database'
import { Memo } from '../../memo'
import type { Shared } from '../../shared'

/** When the next scheduled item goes live, if any: the cache must not outlive that moment. */
async function nextScheduled(db: Db, v: { now: string }): Promise<string | null> {
  const rows = await Promise.all(
    (['articles', 'case_lessons'] as const).map((t) =>
      db
        .selectFrom(t)
        .select((eb) => eb.fn.min('published_at').as('at'))
        .where('status', '=', 'published')
        .where('published_at', '>', v.now)
        .executeTakeFirst()
    )
  )
  const times = rows.map((r) => r?.at).filter((t): t is string => typeof t === 'string')
  return times.length ? times.sort()[0] : null
}

/** What the office writes. Every in-memory copy of content listens to the topics it is made from. */
export const CONTENT_TOPICS = ['article', 'case', 'quiz', 'campaign', 'exposure', 'town'] as const
export type ContentTopic = (typeof CONTENT_TOPICS)[number]

/**
 * The one content-changed signal. Whatever writes content calls `changed`
 * once its transaction has committed; every cache of content subscribes with
 * `on` and drops what it holds. An article or case lesson scheduled for later
 * is a change too, when its time comes: caches of them call `due()` before
 * answering. The signal reaches the other API processes of the deployment
 * through `shared` (Redis), and after a break in that link every cache
 * drops what it holds, since changes made meanwhile were not heard.
 */
export class ContentEvents {
  private readonly listeners: { topics: readonly ContentTopic[]; drop: () => void }[] = []
  /** When the next scheduled article or case lesson goes live: looked up once after each change to them. */
  private readonly nextScheduled: Memo<string | null>

  constructor(
    db: Db,
    private readonly now: () => Date,
    private readonly shared: Shared
  ) {
    this.nextScheduled = new Memo(() => nextScheduled(db, { now: this.now().toISOString() }))
    shared.receive('content', (topics) => this.drop(topics.split(',') as ContentTopic[]))
    shared.onReconnect(() => this.drop(CONTENT_TOPICS))
  }

  /** `drop` runs after every committed change to one of `topics`; it only forgets (the next reader loads again), so it never fails. */
  on(topics: readonly ContentTopic[], drop: () => void): void {
    this.listeners.push({ topics, drop })
  }

  /** Call after the transaction that changed content has committed (before, a reload could read the old rows and keep them). */
  changed(...topics: ContentTopic[]): void {
    this.drop(topics)
    this.shared.broadcast('content', topics.join(','))
  }

  private drop(topics: readonly ContentTopic[]): void {
    if (topics.includes('article') || topics.includes('case')) this.nextScheduled.drop()
    for (const l of this.listeners) if (l.topics.some((t) => topics.includes(t))) l.drop()
  }

  /** Signals an article or case lesson whose scheduled time has come. */
  async due(): Promise<void> {
    const next = await this.nextScheduled.get()
    if (next !== null && next <= this.now().toISOString()) this.changed('article', 'case')
  }
}
