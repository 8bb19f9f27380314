import type { Kysely } from 'kysely'
import type { Database } from '../../db/database'
import { Memo } from '../../memo'
import { nextScheduled } from '../reading/repository'

/** What the office writes. Every in-memory copy of content listens to the topics it is made from. */
export type ContentTopic = 'article' | 'case' | 'quiz' | 'campaign' | 'exposure' | 'town'

/**
 * The one content-changed signal. Whatever writes content calls `changed`
 * once its transaction has committed; every cache of content subscribes with
 * `on` and drops what it holds. An article or case lesson scheduled for later
 * is a change too, when its time comes: caches of them call `due()` before
 * answering. This is the one place that would carry the signal to other
 * processes, should the API run in more than one.
 */
export class ContentEvents {
  private readonly listeners: { topics: readonly ContentTopic[]; drop: () => void }[] = []
  /** When the next scheduled article or case lesson goes live: looked up once after each change to them. */
  private readonly nextScheduled: Memo<string | null>

  constructor(
    db: Kysely<Database>,
    private readonly now: () => Date
  ) {
    this.nextScheduled = new Memo(() => nextScheduled(db, { now: this.now().toISOString() }))
  }

  /** `drop` runs after every committed change to one of `topics`; it only forgets (the next reader loads again), so it never fails. */
  on(topics: readonly ContentTopic[], drop: () => void): void {
    this.listeners.push({ topics, drop })
  }

  /** Call after the transaction that changed content has committed (before, a reload could read the old rows and keep them). */
  changed(...topics: ContentTopic[]): void {
    if (topics.includes('article') || topics.includes('case')) this.nextScheduled.drop()
    for (const l of this.listeners) if (l.topics.some((t) => topics.includes(t))) l.drop()
  }

  /** Signals an article or case lesson whose scheduled time has come. */
  async due(): Promise<void> {
    const next = await this.nextScheduled.get()
    if (next !== null && next <= this.now().toISOString()) this.changed('article', 'case')
  }
}
