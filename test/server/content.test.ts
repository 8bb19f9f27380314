import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CATEGORIES } from '../../src/core/categories'
import { markedCodes, parseBody, plainText } from '../../src/core/body-text'
import { loadStarterContent } from '../../server/db/content'
import { connect, migrateToLatest } from '../../server/db/connect'
import { seedIfEmpty } from '../../server/db/seed'

const content = loadStarterContent()

describe('starter content', () => {
  it('has at least 30 articles covering every disguise and the legal basics', () => {
    expect(content.articles.length).toBeGreaterThanOrEqual(30)
    const empty = CATEGORIES.filter((c) => !content.articles.some((a) => a.category === c.code)).map((c) => c.name)
    expect(empty).toEqual([])
    expect(content.articles.filter((a) => a.category === 'basics').length).toBeGreaterThanOrEqual(4)
  })

  it('covers the legal basics a resident needs', () => {
    const basics = content.articles.filter((a) => a.category === 'basics').map((a) => a.title + a.body)
    const missing = ['四个特征', '自己承担', '牌照', '已经交了钱'].filter((topic) => !basics.some((text) => text.includes(topic)))
    expect(missing).toEqual([])
  })

  it('has at least 12 case lessons across different disguises, some featured on home', () => {
    expect(content.cases.length).toBeGreaterThanOrEqual(12)
    expect(new Set(content.cases.map((c) => c.category)).size).toBeGreaterThanOrEqual(10)
    expect(content.cases.filter((c) => c.featured).length).toBeGreaterThanOrEqual(3)
  })

  it('gives every case lesson a story with marked red flags, an outcome, a lesson and a question', () => {
    for (const c of content.cases) {
      expect(c.redFlags.length).toBeGreaterThan(0)
      expect(parseBody(c.story).some((b) => 'inlines' in b && b.inlines.some((i) => i.flag))).toBe(true)
      expect(c.outcome.length).toBeGreaterThan(80)
      expect(c.lesson.length).toBeGreaterThan(80)
      expect(c.question.answer).toBeLessThan(c.question.options.length)
    }
  })

  it('marks in each quiz advert only red flags the item lists, and in every illegal advert at least one', () => {
    expect(content.quiz.length).toBeGreaterThanOrEqual(60)
    // One entry per item, so a failure names the file to fix.
    const problems = content.quiz.flatMap((q) => {
      const text = q.advert?.text ?? ''
      const marked = markedCodes(text)
      const stray = marked.filter((code) => !(q.redFlags as string[]).includes(code))
      const found: string[] = stray.map((code) => `${q.id}: 标记了 ${code}，但 redFlags 里没有`)
      // A judge or flags item about an illegal advert shows the resident, after the round, which words gave it away.
      if (q.kind !== 'choice' && q.redFlags.length > 0 && q.advert && marked.length === 0) found.push(`${q.id}: 广告里没有标出危险信号`)
      // A mistyped mark would not be stripped from the drawn advert and would give the answer away.
      if (/\[\[|\]\]/.test(plainText(text))) found.push(`${q.id}: 有写错的标记`)
      return found
    })
    expect(problems).toEqual([])
  })

  it('never marks a legitimate advert', () => {
    const marked = content.quiz.filter((q) => q.redFlags.length === 0 && q.advert && markedCodes(q.advert.text).length > 0).map((q) => q.id)
    expect(marked).toEqual([])
  })

  it('gives no phone number but the police, so the hotline stays the town profile\'s to set', () => {
    const all = [...content.articles.map((a) => a.body), ...content.cases.map((c) => c.story + c.outcome + c.lesson)].join('\n')
    const numbers = all.match(/\d{3,}[-\s]?\d{4,}|\b1[3-9]\d{9}\b/g) ?? []
    expect(numbers).toEqual([])
  })

  it('reports a broken file by name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-content-'))
    fs.mkdirSync(path.join(dir, 'articles'))
    fs.mkdirSync(path.join(dir, 'cases'))
    fs.writeFileSync(path.join(dir, 'articles', 'bad-one.yaml'), 'id: bad-one\ntitle: 标题\ncategory: lottery\nsummary: 摘要\npublishedAt: 2026-01-01\nredFlags: []\nbody: "[[保本|guaranteed]]"\n')
    expect(() => loadStarterContent(dir)).toThrow(/bad-one\.yaml/)
    fs.rmSync(path.join(dir, 'articles', 'bad-one.yaml'))
    fs.mkdirSync(path.join(dir, 'quiz'))
    fs.writeFileSync(
      path.join(dir, 'quiz', 'quiz-bad-mark.yaml'),
      'id: quiz-bad-mark\nkind: judge\ncategory: basics\ndifficulty: 1\npersonas: []\nprompt: 是不是？\nadvert:\n  source: 传单\n  text: "[[月息三分|high_return]]"\noptions:\n  - text: 是\n    correct: true\n  - text: 不是\n    correct: false\nredFlags: [urgency]\nexplanation: 解析\n'
    )
    expect(() => loadStarterContent(dir)).toThrow(/quiz-bad-mark\.yaml: 广告原文里标出了“承诺高额或固定回报”，但本题的红旗里没有选它/)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('seeding', () => {
  it('loads an empty database once and never overwrites it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-seed-'))
    const { db } = connect({ databaseUrl: '', dataDir: dir })
    await migrateToLatest(db)
    expect(await seedIfEmpty(db, content)).toBe(true)
    await db.updateTable('articles').set({ title: '办公室改过的标题' }).where('id', '=', content.articles[0].id).execute()
    expect(await seedIfEmpty(db, content)).toBe(false)
    const row = await db.selectFrom('articles').select('title').where('id', '=', content.articles[0].id).executeTakeFirstOrThrow()
    expect(row.title).toBe('办公室改过的标题')
    await db.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
