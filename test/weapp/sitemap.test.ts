import fs from 'node:fs'
import path from 'node:path'
import { assertBuilt, DIST } from './harness'

interface AppJson {
  sitemapLocation?: string
  subPackages: { root: string; pages: string[] }[]
}

describe('built weapp sitemap', () => {
  // WeChat search must not list the office's pages, a tip's follow-up or the village screen.
  it('keeps staff, tip follow-up and village-screen pages out of WeChat search, and lets the rest in', () => {
    assertBuilt()
    const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as AppJson
    expect(app.sitemapLocation).toBe('sitemap.json')
    const sitemap = JSON.parse(fs.readFileSync(path.join(DIST, 'sitemap.json'), 'utf8')) as { rules: { action: string; page: string }[] }
    const hidden = app.subPackages.filter((p) => ['packages/staff', 'packages/tips', 'packages/screen'].includes(p.root)).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))
    expect(hidden.length).toBeGreaterThan(10)
    for (const page of hidden) expect({ page, rule: sitemap.rules.find((r) => r.page === page)?.action }).toEqual({ page, rule: 'disallow' })
    expect(sitemap.rules[sitemap.rules.length - 1]).toEqual({ action: 'allow', page: '*' })
  })
})
