import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Migrator } from 'kysely'
import { connect } from '../../server/db/connect'
import { migrationsFor } from '../../server/db/migrations'
import { freshPostgres, LANES } from './helpers'

describe.each(LANES)('the content-facts migration on %s', (lane) => {
  it('takes back the old default 12345 from a stored profile, marks every earlier case illustrative and names no earlier month', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-case-kind-'))
    const pg = lane === 'postgres' ? await freshPostgres() : undefined
    const { db } = connect({ databaseUrl: pg?.url ?? '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor('xinkou') } })
    try {
      expect((await migrator.migrateTo('20261220T0900-staff-places')).error).toBeUndefined()
      const profile = { name: '辛口镇', hotlinePhone: '12345', hotlineHours: '1-5 08:30-17:30', hotlineAddress: '镇政府', villages: [], units: [] }
      await db
        .insertInto('settings')
        .values({ key: 'town', value: JSON.stringify(profile), updated_at: '2026-12-01T00:00:00.000Z' })
        .execute()
      const at = '2026-12-01T00:00:00.000Z'
      await db
        .insertInto('case_lessons')
        .values({
          id: 'c-old',
          title: '旧案例',
          category: 'pension',
          summary: '摘要',
          story: '故事',
          outcome: '结局',
          lesson: '启示',
          red_flags: '[]',
          question: '{}',
          published_at: at,
          created_at: at,
          updated_at: at
        })
        .execute()
      await db
        .insertInto('campaigns')
        .values({
          id: 'm-old',
          theme: '守住钱袋子',
          starts_on: '2026-06-01',
          ends_on: '2026-06-30',
          banner_image_id: null,
          slogans: '[]',
          article_ids: '[]',
          case_ids: '[]',
          created_at: at,
          updated_at: at
        })
        .execute()
      expect((await migrator.migrateTo('20261222T1000-content-facts')).error).toBeUndefined()
      const town = await db.selectFrom('settings').select('value').where('key', '=', 'town').executeTakeFirstOrThrow()
      expect(JSON.parse(town.value)).toEqual({ ...profile, hotlinePhone: '' })
      expect(await db.selectFrom('case_lessons').select(['kind', 'source', 'source_url']).executeTakeFirstOrThrow()).toEqual({ kind: 'illustrative', source: '', source_url: '' })
      // An earlier publicity month goes by the national name.
      expect(await db.selectFrom('campaigns').select('name').executeTakeFirstOrThrow()).toEqual({ name: '' })
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe.each(LANES)('the hotline-facts migration on %s', (lane) => {
  it('takes back the old made-up hours and address from a stored profile, and keeps what the office set', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-hotline-facts-'))
    const pg = lane === 'postgres' ? await freshPostgres() : undefined
    const { db } = connect({ databaseUrl: pg?.url ?? '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor('xinkou') } })
    const store = async (profile: object) => {
      await db.deleteFrom('settings').where('key', '=', 'town').execute()
      await db
        .insertInto('settings')
        .values({ key: 'town', value: JSON.stringify(profile), updated_at: '2026-12-01T00:00:00.000Z' })
        .execute()
    }
    const stored = async () => JSON.parse((await db.selectFrom('settings').select('value').where('key', '=', 'town').executeTakeFirstOrThrow()).value)
    const old = { name: '辛口镇', hotlinePhone: '', hotlineHours: '1-5 08:30-12:00,13:30-17:30', hotlineAddress: '辛口镇人民政府经济办（镇防范和处置非法集资领导小组办公室）', villages: [], units: [] }
    try {
      expect((await migrator.migrateTo('20261222T1000-content-facts')).error).toBeUndefined()
      await store(old)
      expect((await migrator.migrateTo('20261223T0900-hotline-facts')).error).toBeUndefined()
      expect(await stored()).toEqual({ ...old, hotlineHours: '', hotlineAddress: '' })
      // An office that set its own number has seen the hours: they stay; an address of its own stays too.
      expect((await migrator.migrateTo('20261222T1000-content-facts')).error).toBeUndefined()
      const edited = { ...old, hotlinePhone: '022-27391234', hotlineAddress: '镇政府一楼' }
      await store(edited)
      expect((await migrator.migrateTo('20261223T0900-hotline-facts')).error).toBeUndefined()
      expect(await stored()).toEqual(edited)
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe.each(LANES)('the illustrative-places migration on %s', (lane) => {
  it('moves the first starter cases out of "本镇某村" and "村里", in the row and its saved revision, and leaves a real case alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-places-'))
    const pg = lane === 'postgres' ? await freshPostgres() : undefined
    const { db } = connect({ databaseUrl: pg?.url ?? '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor('xinkou') } })
    const at = '2026-12-01T00:00:00.000Z'
    const lesson = (id: string, kind: 'real' | 'illustrative', title: string, story: string, prompt: string) => ({
      id,
      title,
      category: 'village_coop',
      summary: '村里能人挂牌办“金融服务社”，吸收村民存款。',
      story,
      outcome: '高某因非法吸收公众存款罪被依法追究刑事责任。',
      lesson: '启示',
      red_flags: '[]',
      question: JSON.stringify({ prompt, options: ['甲', '乙'], answer: 0, explanation: '解析' }),
      published_at: at,
      created_at: at,
      updated_at: at,
      kind,
      source: kind === 'real' ? '某某区人民法院' : '',
      source_url: kind === 'real' ? 'https://example.org/case' : ''
    })
    try {
      expect((await migrator.migrateTo('20261223T0900-hotline-facts')).error).toBeUndefined()
      const story = '本镇某村的高某（化名）早年做生意，在村里算个能人。连村里最谨慎的周大爷都说好。'
      await db
        .insertInto('case_lessons')
        .values([
          lesson('c-old', 'illustrative', '村里的“互助社”收存款，乡亲们的钱拿不回来', story, '村里的“互助社”说存钱比银行利息高，怎么办？'),
          lesson('c-real', 'real', '本镇某村的真实案子', '本镇某村的高某，在村里算个能人。', '题')
        ])
        .execute()
      // The office had saved the old case once: its history holds the same words.
      await db.updateTable('case_lessons').set({ revision: 2 }).where('id', '=', 'c-old').execute()
      await db
        .insertInto('content_revisions')
        .values([
          { id: 'r1', item_type: 'case', item_id: 'c-old', revision: 1, data: JSON.stringify({ story: '本镇某村的高某，最早的稿子' }), created_at: at, created_by: '编辑' },
          { id: 'r2', item_type: 'case', item_id: 'c-old', revision: 2, data: JSON.stringify({ story }), created_at: at, created_by: '编辑' }
        ])
        .execute()
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      const old = await db.selectFrom('case_lessons').selectAll().where('id', '=', 'c-old').executeTakeFirstOrThrow()
      expect(old.title).toBe('某村“互助社”收存款，乡亲们的钱拿不回来')
      expect(old.summary).toBe('某村能人挂牌办“金融服务社”，吸收村民存款。')
      expect(old.story).toBe('某地一个村子里的高某（化名）早年做生意，在当地算个能人。连同村最谨慎的周大爷都说好。')
      expect(JSON.parse(old.question).prompt).toBe('有个“互助社”说存钱比银行利息高，怎么办？')
      expect(old.outcome).toBe('高某因非法吸收公众存款罪被依法追究刑事责任。')
      const saved = await db.selectFrom('content_revisions').select(['revision', 'data']).where('item_id', '=', 'c-old').orderBy('revision').execute()
      // The revision residents see reads as they do; the older draft is history and keeps its words.
      expect(saved.map((r) => JSON.parse(r.data).story)).toEqual(['本镇某村的高某，最早的稿子', old.story])
      const real = await db.selectFrom('case_lessons').select(['title', 'story']).where('id', '=', 'c-real').executeTakeFirstOrThrow()
      expect(real).toEqual({ title: '本镇某村的真实案子', story: '本镇某村的高某，在村里算个能人。' })
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe.each(LANES)('the starter-facts migration on %s', (lane) => {
  it('puts the checked wording into the starter articles and quiz items a town was seeded with, in the row and its saved revision, and leaves the office’s own words alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-starter-facts-'))
    const pg = lane === 'postgres' ? await freshPostgres() : undefined
    const { db } = connect({ databaseUrl: pg?.url ?? '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor('xinkou') } })
    const at = '2026-12-01T00:00:00.000Z'
    const article = (id: string, summary: string, body: string) => ({ id, title: '标题', category: 'basics', summary, body, red_flags: '[]', published_at: at, created_at: at, updated_at: at })
    const quiz = (id: string, prompt: string, advert: object | null, options: string[], explanation: string) => ({
      id,
      kind: 'choice' as const,
      category: 'basics',
      difficulty: 1,
      personas: '["elder"]',
      prompt,
      advert: advert ? JSON.stringify(advert) : null,
      options: JSON.stringify(options.map((text, i) => ({ id: `o${i}`, text, correct: i === 0 }))),
      red_flags: '[]',
      explanation,
      created_at: at,
      updated_at: at
    })
    const oldSummary = '参与非法集资的损失要自己承担，合同不受法律保护，别指望“政府兜底”。追回来的钱往往又少又慢。'
    const oldContract = '## 合同不管用\n\n非法集资签的合同，在法律上是无效的。不管上面写着“保本”还是“到期双倍返还”，盖了多少个章，都不能照着合同要钱。\n\n组织非法集资的人，构成犯罪的，要追究责任。'
    const oldFees = '正常给孩子报班，按学期交学费、签合同、要收据，这是消费。要当心的，是交的钱被说成“投资”。\n\n- 给孩子报班，按学期或者按课时交费，不一次交太多。\n- 不入股培训机构。'
    const officeLicence = '银行、保险公司这类机构，镇上的老百姓都能在这里查到金融许可证。'
    const oldLossesExplanation = '非法集资的合同不受法律保护，参与非法集资的损失由参与者自行承担；司法机关会依法追赃，但能追回多少很难说。所以最好的办法是一开始就不交钱。'
    try {
      expect((await migrator.migrateTo('20261224T0900-illustrative-places')).error).toBeUndefined()
      await db
        .insertInto('articles')
        .values([
          article('basics-losses-not-covered', oldSummary, oldContract),
          article('education-training-shares', '摘要', oldFees),
          // The office rewrote this sentence in its own words: not the old passage, so it stays.
          article('basics-check-licence', '摘要', officeLicence),
          // The office's own article quoting the old words is not a starter article.
          article('office-own', oldSummary, oldContract)
        ])
        .execute()
      await db
        .insertInto('quiz_items')
        .values([
          quiz('quiz-basics-losses-borne', '钱亏了谁赔？', null, ['自己承担', '政府赔'], oldLossesExplanation),
          quiz(
            'quiz-education-kindergarten-partner',
            '是不是非法集资广告？',
            { source: '微信群', text: '我们双语幼儿园要在镇上开第二家分园，现面向社会[[招募“教育合伙人”|project]]。' },
            ['是', '不是'],
            '解析'
          ),
          quiz('quiz-village-coop-deposits-rule', '村里的合作社说“把钱存到社里，月息一分五”。这样做行吗？', null, ['不行', '行，合作社是村里办的，肯定靠得住'], '解析')
        ])
        .execute()
      // The office saved the contract article and the losses item once: the history holds the same words.
      await db.updateTable('articles').set({ revision: 2 }).where('id', '=', 'basics-losses-not-covered').execute()
      await db.updateTable('quiz_items').set({ revision: 2 }).where('id', '=', 'quiz-basics-losses-borne').execute()
      await db
        .insertInto('content_revisions')
        .values([
          {
            id: 'r1',
            item_type: 'article',
            item_id: 'basics-losses-not-covered',
            revision: 1,
            data: JSON.stringify({ summary: oldSummary, body: '最早的稿子：合同不受法律保护' }),
            created_at: at,
            created_by: '编辑'
          },
          {
            id: 'r2',
            item_type: 'article',
            item_id: 'basics-losses-not-covered',
            revision: 2,
            data: JSON.stringify({ title: '标题', summary: oldSummary, body: oldContract }),
            created_at: at,
            created_by: '编辑'
          },
          {
            id: 'r3',
            item_type: 'quiz',
            item_id: 'quiz-basics-losses-borne',
            revision: 2,
            data: JSON.stringify({ prompt: '钱亏了谁赔？', options: [{ text: '自己承担', correct: true }], explanation: oldLossesExplanation }),
            created_at: at,
            created_by: '编辑'
          }
        ])
        .execute()
      expect((await migrator.migrateToLatest()).error).toBeUndefined()

      const newSummary = '参与非法集资的损失自己承担，合同上许诺的回报拿不到，别指望“政府兜底”。追回的钱按比例退，又少又慢。'
      const newContract =
        '## 合同保不住许诺的回报\n\n合同上写着“保本”也好，“到期双倍返还”也好，盖了多少个章也好，许诺的那些利息和回报都拿不到。合同、收据还是要收好，它们是报案和退钱时的凭证；钱能追回多少，要靠报案：有关部门查清案子、追回财产以后，按各人交的钱的比例退还。\n\n组织非法集资的人，构成犯罪的，要追究责任。'
      const losses = await db.selectFrom('articles').select(['summary', 'body']).where('id', '=', 'basics-losses-not-covered').executeTakeFirstOrThrow()
      expect(losses).toEqual({ summary: newSummary, body: newContract })
      const saved = await db.selectFrom('content_revisions').select('data').where('item_id', '=', 'basics-losses-not-covered').orderBy('revision').execute()
      // The revision residents see reads as they do; the older draft is history and keeps its words.
      expect(saved.map((r) => JSON.parse(r.data))).toEqual([
        { summary: oldSummary, body: '最早的稿子：合同不受法律保护' },
        { title: '标题', summary: newSummary, body: newContract }
      ])
      const fees = await db.selectFrom('articles').select('body').where('id', '=', 'education-training-shares').executeTakeFirstOrThrow()
      expect(fees.body).toBe(
        '正常给孩子报班，交的是学费：签合同、要收据，这是消费。按现在的规定，校外培训机构一次收费不能超过 3 个月或者 60 课时，要您一次交一年、交几年的，本身就不对劲。要当心的，是交的钱被说成“投资”。\n\n- 给孩子报班，按月或者按课时交费，一次最多交 3 个月或 60 课时的钱。\n- 不入股培训机构。'
      )
      expect(await db.selectFrom('articles').select('body').where('id', '=', 'basics-check-licence').executeTakeFirstOrThrow()).toEqual({ body: officeLicence })
      expect(await db.selectFrom('articles').select(['summary', 'body']).where('id', '=', 'office-own').executeTakeFirstOrThrow()).toEqual({ summary: oldSummary, body: oldContract })

      const newLossesExplanation =
        '参与非法集资的损失由参与者自行承担：签了合同，也拿不到上面许诺的利息和回报。钱要靠报案追回，有关部门追回财产后，按各人交的钱的比例退还，能退多少很难说。所以最好的办法是一开始就不交钱。'
      const borne = await db.selectFrom('quiz_items').select(['explanation', 'options']).where('id', '=', 'quiz-basics-losses-borne').executeTakeFirstOrThrow()
      expect(borne.explanation).toBe(newLossesExplanation)
      expect(JSON.parse(borne.options)).toEqual([
        { id: 'o0', text: '自己承担', correct: true },
        { id: 'o1', text: '政府赔', correct: false }
      ])
      const borneSaved = await db.selectFrom('content_revisions').select('data').where('item_id', '=', 'quiz-basics-losses-borne').executeTakeFirstOrThrow()
      expect(JSON.parse(borneSaved.data).explanation).toBe(newLossesExplanation)
      // Inside the advert's and the options' JSON too, marks kept.
      const kindergarten = await db.selectFrom('quiz_items').select('advert').where('id', '=', 'quiz-education-kindergarten-partner').executeTakeFirstOrThrow()
      expect(JSON.parse(kindergarten.advert as string)).toEqual({ source: '微信群', text: '我们双语幼儿园要在县城开第二家分园，现面向社会[[招募“教育合伙人”|project]]。' })
      const coop = await db.selectFrom('quiz_items').select(['prompt', 'options']).where('id', '=', 'quiz-village-coop-deposits-rule').executeTakeFirstOrThrow()
      expect(coop.prompt).toBe('有个合作社说“把钱存到社里，月息一分五”。这样做行吗？')
      expect(JSON.parse(coop.options).map((o: { text: string }) => o.text)).toEqual(['不行', '行，合作社是乡亲们自己办的，肯定靠得住'])
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
