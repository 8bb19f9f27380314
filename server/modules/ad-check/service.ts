import Piscina from 'piscina'
import type { CheckResult } from '../../../src/core/ad-check/engine'
import { AppError } from '../../errors'
import { poolOptions } from '../../worker'

/** Texts waiting for the thread; past this the sender is asked to try again (a resident's phone also checks offline). */
const MAX_WAITING = 64

/**
 * 广告体检 on a thread of its own. The engine is linear in the text's length,
 * but a 5,000-character text still takes a few milliseconds, and anyone may
 * send 120 a minute from each address: on the event loop, a crowd of them
 * delayed every other request (health, tips, hand-ins) by as much. One
 * thread is enough at a district's real load and leaves the other core to
 * the event loop, which also goes first when both want the same core (the
 * thread runs at a lower priority); the queue is bounded so a flood is
 * refused, not stored.
 */
export class AdChecker {
  private readonly pool = new Piscina<string, CheckResult>({ ...poolOptions(__dirname, 'check-thread'), minThreads: 1, maxThreads: 1, niceIncrement: 5, maxQueue: MAX_WAITING + 1 })

  check(text: string): Promise<CheckResult> {
    if (this.pool.queueSize >= MAX_WAITING) throw new AppError(503, 'busy', '现在检查的人太多，请过一会儿再试。')
    return this.pool.run(text)
  }

  close(): Promise<void> {
    return this.pool.destroy()
  }
}
