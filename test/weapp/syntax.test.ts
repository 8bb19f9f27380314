import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { assertBuilt, DIST } from './harness'

/** Every script file of a built package. */
const scripts = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? scripts(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []))

describe('built weapp syntax', () => {
  // iPhones that cannot update past iOS 15 run the logic layer in their own
  // JavaScriptCore, which cannot parse regex lookbehind, named groups or the
  // s flag (all ES2018): one such literal and the whole page fails to load.
  it('parses as ES2017 in every file, so the oldest supported iPhones load every page', () => {
    assertBuilt()
    const files = scripts(DIST)
    expect(files.length).toBeGreaterThan(10)
    const failures: string[] = []
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8')
      try {
        parse(source, { ecmaVersion: 2017, sourceType: 'script' })
      } catch (err) {
        const at = (err as { pos?: number }).pos ?? 0
        failures.push(`${path.relative(DIST, file)}: ${(err as Error).message.slice(0, 80)} near ${JSON.stringify(source.slice(Math.max(0, at - 30), at + 30))}`)
      }
    }
    expect(failures).toEqual([])
  })
})
