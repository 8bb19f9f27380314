import { GroupCommit } from '../../server/modules/quiz/group-commit'

/** A write the test finishes by hand, recording each group it was given. */
function heldWrites() {
  const groups: number[][] = []
  const pending: (() => void)[] = []
  const write = (rows: number[]) => {
    groups.push(rows)
    return new Promise<void>((resolve) => pending.push(resolve))
  }
  return { groups, pending, write }
}

const turn = () => new Promise((resolve) => setImmediate(resolve))

describe('group commit', () => {
  it('writes rows that arrive in one turn as one group, and those that arrive while it is written as the next', async () => {
    const { groups, pending, write } = heldWrites()
    const commit = new GroupCommit<number>(write)
    const first = [1, 2, 3].map((n) => commit.add(n))
    await turn()
    expect(groups).toEqual([[1, 2, 3]])
    // Arriving over several turns while the first group waits: one group, not one per turn.
    const second = [commit.add(4)]
    await turn()
    second.push(commit.add(5))
    await turn()
    expect(groups).toEqual([[1, 2, 3]])
    pending[0]()
    await Promise.all(first)
    await turn()
    expect(groups).toEqual([
      [1, 2, 3],
      [4, 5]
    ])
    pending[1]()
    await Promise.all(second)
  })

  it("settles each row with its own error, and a failed group's rows with the group's, without stopping the next", async () => {
    let calls = 0
    const commit = new GroupCommit<number>(async (rows) => {
      calls++
      if (calls === 1) return rows.map((n) => (n % 2 ? new Error(`odd ${n}`) : undefined))
      throw new Error('disk full')
    })
    const [one, two] = [commit.add(1), commit.add(2)]
    await expect(one).rejects.toThrow('odd 1')
    await expect(two).resolves.toBeUndefined()
    await expect(commit.add(3)).rejects.toThrow('disk full')
    await expect(commit.add(4)).rejects.toThrow('disk full')
    expect(calls).toBe(3)
  })
})
