import { packageSizes } from '../../scripts/package-sizes'
import { assertBuilt, DIST } from './harness'

describe('built weapp package sizes', () => {
  it('keeps the main package under 600 KB and every package under WeChat\'s 2 MB', () => {
    assertBuilt()
    const sizes = packageSizes(DIST)
    expect(sizes.main).toBeLessThan(600 * 1024)
    for (const bytes of Object.values(sizes)) expect(bytes).toBeLessThan(2 * 1024 * 1024)
    // The office's pages must not leak into what every resident downloads.
    expect(sizes['packages/staff']).toBeGreaterThan(0)
  })
})
