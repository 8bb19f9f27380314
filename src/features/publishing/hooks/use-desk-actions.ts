import { useState } from 'react'
import { messageOf, say } from '../../../services/feedback'
import { ApiError } from '../../../services/http'
import { publishItem, rejectItem, restoreItem, submitItem, withdrawItem, type DeskKind } from '../api/desk'

/** The item as the page shows it: its revision is the one a publish puts live. */
type Current = { id: string; revision: number }

/**
 * The desk's steps for one item (articles, case lessons and quiz items
 * alike): a busy flag for the buttons, a toast when a step worked, and the
 * server's own message kept on the page when it did not, so the writer can
 * read it while fixing the text. After each step the item is loaded again.
 */
export function useDeskActions(kind: DeskKind, item: Current | null, reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true)
    setError(undefined)
    try {
      await action()
      say(done)
    } catch (err) {
      setError(messageOf(err, '操作失败，请稍后再试。'))
    } finally {
      setBusy(false)
    }
  }
  const step = (action: (current: Current) => Promise<unknown>, done: string) => {
    if (item) void run(async () => (await action(item), await reload()), done)
  }
  return {
    busy,
    error,
    run,
    submit: () => step(({ id }) => submitItem(kind, id), '已提交审核'),
    reject: (reason: string) => step(({ id }) => rejectItem(kind, id, reason), '已退回'),
    /**
     * Publishes the revision on screen; `at` schedules an article or case lesson for later. If the text changed
     * since it was loaded (409), the page loads it again, so the publisher reads what would go live before trying again.
     */
    publish: (at?: string) =>
      step(
        async ({ id, revision }) => {
          try {
            await publishItem(kind, id, revision, at)
          } catch (err) {
            if (err instanceof ApiError && err.status === 409) await reload()
            throw err
          }
        },
        at ? '已排期' : '已发布'
      ),
    withdraw: () => step(({ id }) => withdrawItem(kind, id), '已撤下'),
    restore: (revision: number) => step(({ id }) => restoreItem(kind, id, revision), `已恢复为第 ${revision} 版的内容`)
  }
}

export type DeskActions = ReturnType<typeof useDeskActions>
