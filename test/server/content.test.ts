import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CATEGORIES } from '../../src/core/categories'
import { markedCodes, parseBody, plainText } from '../../src/core/body-text'
import { caseKindLabel, CASE_KINDS, placeProblems } from '../../src/core/case-kind'
import { legalReferenceProblems, legalReferences } from '../../src/core/legal-references'
import { loadStarterContent, STARTER_TOWN } from '../../server/db/content'
import { connect, migrateToLatest } from '../../server/db/connect'
import { seedIfEmpty } from '../../server/db/seed'

const content = loadStarterContent()

type Item = { id: string; texts: string[] }
// Every text a resident reads, per item, so a failure names the file to fix.
const articleTexts: Item[] = content.articles.map((a) => ({ id: a.id, texts: [a.title, a.summary, a.body] }))
const caseTexts: Item[] = content.cases.map((c) => ({ id: c.id, texts: [c.title, c.summary, c.story, c.outcome, c.lesson, c.question.prompt, c.question.explanation, ...c.question.options] }))
const quizTexts: Item[] = content.quiz.map((q) => ({ id: q.id, texts: [q.prompt, q.advert?.text ?? '', q.explanation, ...q.options.map((o) => o.text)] }))
const allTexts = [...articleTexts, ...caseTexts, ...quizTexts]

/**
 * Telephone numbers in a text: long numbers (landlines, mobiles, 400 lines)
 * and short service numbers, which are written after 打/拨/电话/热线 or have a
 * service number's shape (95xxx, 96xxx, 12xxx). A masked number (139xxxx) is none.
 */
function phoneNumbers(text: string): string[] {
  const long = text.match(/\d{3,}[-\s]?\d{4,}|\b1[3-9]\d{9}\b/g) ?? []
  const called = [...text.matchAll(/(?:打|拨|拨打|电话|热线|致电|号码)\s*[:：]?\s*(\d{3,6})(?![\dxX*＊-])/g)].map((m) => m[1])
  const shaped = text.match(/(?<!\d)(?:9[56]\d{3}|12\d{3})(?!\d)/g) ?? []
  return [...new Set([...long, ...called, ...shaped])]
}

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

  it("gives no phone number but the lines every resident has (110, 12345, 96110), so the town's own stays the profile's to set", () => {
    // The lines domain.md names; 12315 and the like are not among them.
    const ALLOWED = new Set(['110', '12345', '96110'])
    const found = allTexts.flatMap((i) =>
      phoneNumbers(i.texts.join('\n'))
        .filter((n) => !ALLOWED.has(n))
        .map((n) => `${i.id}: ${n}`)
    )
    expect(found).toEqual([])
    // The check sees the numbers it is there for.
    expect(phoneNumbers('打 12315 投诉，或者拨 95588，电话 022-28381234，手机 13912345678，热线 4008123123')).toEqual(['022-28381234', '13912345678', '4008123123', '12315', '95588'])
    expect(phoneNumbers('可以拨打110报警，或者打12345、96110；借了 3000 元，年息 12%')).toEqual(['110', '12345', '96110'])
  })

  it('says of every case whether it happened, and a real one where it was made public', () => {
    const problems = content.cases.flatMap((c) => {
      if (!CASE_KINDS.includes(c.kind)) return [`${c.id}: 没有写明是真实案例还是情景案例`]
      if (c.kind === 'real' && !(c.source && c.sourceUrl)) return [`${c.id}: 真实案例没有公开来源`]
      return []
    })
    expect(problems).toEqual([])
    // Every starter case is a composite, so every one is shown as such.
    expect(new Set(content.cases.map((c) => caseKindLabel(c.kind)))).toEqual(new Set(['情景案例，根据常见案情编写']))
  })

  it('sets no made-up story (case, article or quiz item) in this town, "our village" or a named village', () => {
    // Every starter case is illustrative and every story in the articles and quiz is made up too.
    expect(content.cases.every((c) => c.kind === 'illustrative')).toBe(true)
    expect(allTexts.flatMap((i) => placeProblems(i.texts, STARTER_TOWN, 'story').map((p) => `${i.id}: ${p}`))).toEqual([])
    // The starter town lists no villages, so the generic markers are what hold the rule.
    expect(STARTER_TOWN.villages).toEqual([])
    for (const here of ['镇上新开了一家超市', '本村的老周', '村东头的王老板', '村西的李婶', '村里的“互助社”', '连别的镇的家长', '欢迎全镇村民入股'])
      expect(placeProblems([here], STARTER_TOWN, 'story')).toHaveLength(1)
    // A named village reads "王家庄村": the word before 村 is a name. Stories say 某村, 同村, 外村, 邻村, 农村 and the like.
    const GENERIC = new Set('某个全农半同回外本邻几各每乡进出该在'.split(''))
    const named = allTexts.flatMap((i) =>
      [...i.texts.join('\n').matchAll(/(\S)村(?!民|委|里|口|干部|集体|子|头|镇|上|中)/g)].filter((m) => !GENERIC.has(m[1]) && /[\u4e00-\u9fff]/.test(m[1])).map((m) => `${i.id}: ${m[0]}`)
    )
    expect(named).toEqual([])
  })

  it('names no business in a quiz advert but as 某某', () => {
    // A seller's name: the words before a business ending, back to the last punctuation and past the last plain
    // word (我们, 本, 这家, 由 ...); a kind of business every place has (保险公司, 政务服务中心) is no name.
    const NAME =
      /([^\s，。！？、：；“”"‘’【】（）()《》,.!?:;]{0,12})(?:有限公司|公司|集团|商城|超市|健身房|生活馆|养生馆|会所|中心|合作社|互助社|服务社|理财|财富|金融|平台|颐养园|养老院|俱乐部|工作室|商行)/g
    const NOT_A_NAME = /^.*(?:我们|我|您|本|这家|这|由|是|的|给|向|到期|到|交给|交入|走|请|和|在售|在|后|满|把|推荐|委托)/
    const KINDS = /^(?:正规|持牌融资租赁|保险|(?:区|县|市)?政务服务)$/
    const names = (text: string) => [...plainText(text).matchAll(NAME)].map((m) => m[1].replace(NOT_A_NAME, '')).filter((n) => n.length > 0 && !n.includes('某') && !KINDS.test(n))
    expect(content.quiz.flatMap((q) => names(q.advert?.text ?? '').map((n) => `${q.id}: ${n}`))).toEqual([])
    // The check sees the names it is there for, bracketed or not, and passes 某某 and plain words.
    expect(['惠民超市 周末特惠', '活力健身房 新店开业', '●●生活馆开业', '欢迎来聚宝盆理财咨询', '【聚宝盆理财】', '我是金鼎科技公司的'].map((t) => names(t).length)).toEqual([1, 1, 1, 1, 1, 1])
    expect(names('某某财富管理中心：投资请到本公司，由公司承担，这是保险公司')).toEqual([])
  })

  it('says what is true of a contract for illegal fundraising: no promised returns, not "void" or "unprotected"', () => {
    // Nor "useless": the contract and the IOU are what a resident reports with and is repaid by.
    const wrong = allTexts.flatMap((i) => i.texts.filter((t) => /不受法律保护|合同[^。；\n]{0,10}无效|(?:合同|借条|收据)(?:不管用|没用|[^。；\n]{0,6}成了一张纸)/.test(t)).map(() => i.id))
    expect(wrong).toEqual([])
    const losses = content.articles.find((a) => a.id === 'basics-losses-not-covered')!
    expect(losses.summary + losses.body).toMatch(/许诺的[^。]*回报[^。]*拿不到/)
    expect(losses.body).toContain('比例')
  })

  it('explains the words an elderly reader may not know wherever they appear', () => {
    // An explanation follows the word: in brackets, or "……就是/是指……".
    const JARGON = ['年化', '会销', '业绩比较基准', 'R2', '全角']
    const explained = (text: string, word: string) => new RegExp(`${word}[^。；\n]{0,12}?(?:（|”是|就是|是指|指的是|意思是)`).test(text)
    // A quiz item explains a word in its explanation: a bracket in the advert ("年化 2.35%（不代表实际收益）") is the seller's, not one.
    const explaining = (id: string, texts: string[]) => content.quiz.find((q) => q.id === id)?.explanation ?? texts.join('\n')
    const unexplained = allTexts.flatMap((i) => {
      const text = i.texts.join('\n')
      return JARGON.filter((w) => text.includes(w) && !explained(explaining(i.id, i.texts), w)).map((w) => `${i.id}: ${w}`)
    })
    expect(unexplained).toEqual([])
    expect(explained('年化 2.35%（不代表实际收益）', '年化')).toBe(true)
    expect(explained('解析：写的是业绩比较基准，不构成承诺', '年化')).toBe(false)
  })

  it('compares a return with bank interest without a count of times, which changes with the rates', () => {
    // "是银行一年期存款利息的三十多倍" was true at one year's rates; "高出好多倍" stays true. An advert may boast
    // ("比存银行强十倍"): a quiz advert and a quoted line ("> ") in a story are the seller's words.
    const COUNTED = /(?:银行|存款)[^。；，\n]{0,12}?(?:\d+|[一二两三四五六七八九十几]+)[十百]?多?倍/
    const told: Item[] = [...articleTexts, ...caseTexts, ...content.quiz.map((q) => ({ id: q.id, texts: [q.prompt, q.explanation, ...q.options.map((o) => o.text)] }))]
    const ours = (t: string) =>
      t
        .split('\n')
        .filter((line) => !line.startsWith('>'))
        .join('\n')
    expect(told.flatMap((i) => i.texts.filter((t) => COUNTED.test(plainText(ours(t)))).map(() => i.id))).toEqual([])
    expect(['是银行一年期存款利息的三十多倍', '比银行一年期存款利息高出十多倍'].map((t) => COUNTED.test(t))).toEqual([true, true])
    expect(COUNTED.test('比银行一年期存款利息高出好多倍')).toBe(false)
  })

  it('cites only articles on the checked list, in every text residents read', () => {
    const texts = allTexts.flatMap((i) => i.texts)
    expect(texts.flatMap(legalReferenceProblems)).toEqual([])
    // The helpers' articles (Art. 3, 25, 26) are cited where the basics teach them.
    expect(new Set(texts.flatMap(legalReferences).map((r) => `${r.law}${r.article}`))).toEqual(
      new Set(['防范和处置非法集资条例2', '防范和处置非法集资条例3', '防范和处置非法集资条例11', '防范和处置非法集资条例25', '防范和处置非法集资条例26', '刑法176', '刑法192'])
    )
  })

  it('gives every disguise of the plan at least 2 articles, 1 case and 4 quiz items', () => {
    const short = CATEGORIES.filter((c) => c.code !== 'basics').flatMap((c) => {
      const counts = { articles: content.articles, cases: content.cases, quiz: content.quiz }
      const n = Object.fromEntries(Object.entries(counts).map(([k, items]) => [k, items.filter((i) => i.category === c.code).length]))
      return n.articles < 2 || n.cases < 1 || n.quiz < 4 ? [`${c.name}: 文章 ${n.articles}、案例 ${n.cases}、题目 ${n.quiz}`] : []
    })
    expect(short).toEqual([])
  })

  it('warns elderly recruiters that helping a scheme for a commission has a price', () => {
    const basics = content.articles.filter((a) => a.category === 'basics').map((a) => a.body)
    expect(basics.some((b) => b.includes('非法集资协助人') && b.includes('提成'))).toBe(true)
    const recruiting = content.articles.filter((a) => a.category !== 'basics' && a.body.includes('非法集资协助人'))
    expect(recruiting.length).toBeGreaterThanOrEqual(2)
    // A fine is for a helper who knew (Art. 3): a victim who brought in relatives unknowingly must not be scared off reporting.
    const unqualified = allTexts.flatMap((i) =>
      i.texts
        .flatMap((t) => t.split('\n'))
        .filter((line) => line.includes('罚款') && !/明知/.test(line))
        .map(() => i.id)
    )
    expect(unqualified).toEqual([])
  })

  it('reports a broken file by name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-content-'))
    fs.mkdirSync(path.join(dir, 'articles'))
    fs.mkdirSync(path.join(dir, 'cases'))
    fs.writeFileSync(path.join(dir, 'articles', 'bad-one.yaml'), 'id: bad-one\ntitle: 标题\ncategory: lottery\nsummary: 摘要\npublishedAt: 2026-01-01\nredFlags: []\nbody: "[[保本|guaranteed]]"\n')
    expect(() => loadStarterContent(dir)).toThrow(/bad-one\.yaml/)
    fs.rmSync(path.join(dir, 'articles', 'bad-one.yaml'))
    fs.writeFileSync(
      path.join(dir, 'articles', 'next-door.yaml'),
      'id: next-door\ntitle: 标题\ncategory: rebate\nsummary: 摘要\npublishedAt: 2026-01-01\nredFlags: []\nbody: 镇上新开了一家超市，村东头的王老板也去了。\n'
    )
    expect(() => loadStarterContent(dir)).toThrow(/next-door\.yaml: 编写的故事不能发生在“镇上”、“村东头”/)
    fs.rmSync(path.join(dir, 'articles', 'next-door.yaml'))
    fs.mkdirSync(path.join(dir, 'quiz'))
    fs.writeFileSync(
      path.join(dir, 'quiz', 'quiz-bad-mark.yaml'),
      'id: quiz-bad-mark\nkind: judge\ncategory: basics\ndifficulty: 1\npersonas: []\nprompt: 是不是？\nadvert:\n  source: 传单\n  text: "[[月息三分|high_return]]"\noptions:\n  - text: 是\n    correct: true\n  - text: 不是\n    correct: false\nredFlags: [urgency]\nexplanation: 解析\n'
    )
    expect(() => loadStarterContent(dir)).toThrow(/quiz-bad-mark\.yaml: 广告原文里标出了“承诺高额或固定回报”，但本题的红旗里没有选它/)
    fs.rmSync(path.join(dir, 'quiz', 'quiz-bad-mark.yaml'))
    fs.writeFileSync(
      path.join(dir, 'cases', 'case-here.yaml'),
      'id: case-here\ntitle: 标题\ncategory: pension\nsummary: 摘要\npublishedAt: 2026-01-01\nfeatured: false\nkind: illustrative\nredFlags: [pension]\nstory: "本镇某村的老人听了[[养老投资|pension]]"\noutcome: 结局\nlesson: 启示\nquestion:\n  prompt: 题\n  options: [甲, 乙]\n  answer: 0\n  explanation: 依据刑法第一百条\n'
    )
    expect(() => loadStarterContent(dir)).toThrow(/case-here\.yaml: 情景案例不能把案子写在“本镇”/)
    expect(() => loadStarterContent(dir)).toThrow(/case-here\.yaml: 引用的“刑法第一百条”不在核实过的法条清单里/)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('seeding', () => {
  it('loads an empty database once and never overwrites it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-seed-'))
    const { db } = connect({ databaseUrl: '', dataDir: dir })
    await migrateToLatest(db, 'xinkou')
    expect(await seedIfEmpty(db, content)).toBe(true)
    await db.updateTable('articles').set({ title: '办公室改过的标题' }).where('id', '=', content.articles[0].id).execute()
    expect(await seedIfEmpty(db, content)).toBe(false)
    const row = await db.selectFrom('articles').select('title').where('id', '=', content.articles[0].id).executeTakeFirstOrThrow()
    expect(row.title).toBe('办公室改过的标题')
    await db.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
