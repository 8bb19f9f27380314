import ExcelJS from 'exceljs'
import { COLUMNS, MAX_IMPORT_ITEMS } from '../../server/modules/quiz/import'
import { LANES, startServer, staffWith, type TestServer, multipartFile } from './helpers'
import { csv, GOOD } from './quiz-sheet'

// Each import reads its file on a thread of its own, which takes a moment to start on a busy machine.
jest.setTimeout(60_000)

async function xlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('题目')
  sheet.addRow([...COLUMNS])
  rows.forEach((r) => sheet.addRow(r))
  return Buffer.from(await book.xlsx.writeBuffer())
}

const multipart = (data: Buffer, filename: string) => multipartFile(data, filename, 'application/octet-stream')

describe('importing quiz items', () => {
  let server: TestServer
  let editor: { authorization: string }
  let publisher: { authorization: string }
  beforeAll(async () => {
    server = await startServer('sqlite')
    editor = await staffWith(server.app, 'quiz_editor', ['editor'])
    publisher = await staffWith(server.app, 'quiz_publisher', ['publisher'])
  })
  afterAll(async () => server.close())

  const upload = (data: Buffer, filename: string) => {
    const m = multipart(data, filename)
    return server.app.inject({ method: 'POST', url: '/api/admin/quiz/import', headers: { ...editor, ...m.headers }, payload: m.payload })
  }
  const inReview = async () => (await server.app.inject({ method: 'GET', url: '/api/admin/quiz/items?status=review', headers: editor })).json().items as { id: string; prompt: string }[]

  it('reports every bad row and imports nothing when any row is wrong', async () => {
    const before = await inReview()
    const bad = [
      GOOD[0],
      ['判断', 'lottery', '1', '', '题', '', '', '是', '不是', '', '', '', 'A', '', '', '解析'],
      ['多选', 'crypto', '1', '', '题', '', '', '甲', '乙', '', '', '', 'AB', 'crypto', '', '解析'],
      ['单选', 'basics', '9', '', '题', '', '', '甲', '乙', '', '', '', 'C', '', '', '']
    ]
    const res = await upload(csv(bad), 'bank.csv')
    expect(res.statusCode).toBe(400)
    const message = res.json().error.message as string
    expect(message).toContain('一道题也没有导入')
    expect(message).toContain('第 3 行：分类“lottery”不认识')
    expect(message).toContain('第 4 行：多选题要在“选项红旗”')
    expect(message).toContain('第 5 行：难度只能是')
    expect(await inReview()).toEqual(before)
    expect((await upload(Buffer.from('题型,分类\r\n判断,pension\r\n'), 'short.csv')).json().error.message).toContain('表头缺少')
  })

  it("checks each row with the item editor's rules, every problem of a row on its own line", async () => {
    const before = await inReview()
    const marked = [
      '判断',
      'pension',
      '1',
      'elder',
      '这张传单是非法集资广告吗？',
      '传单',
      '预订养老床位，[[到期还本|guaranteed]]。',
      '是',
      '不是',
      '',
      '',
      '',
      'A',
      '',
      'pension',
      '承诺还本，是借养老名义集资。'
    ]
    const twoRight = ['判断', 'basics', '4', 'boss', '题目', '', '', '是', '不是', '', '', '', 'AB', '', '', '解析']
    const res = await upload(csv([GOOD[2], marked, twoRight]), 'bank.csv')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.message.split('\n').slice(1)).toEqual([
      '第 3 行：广告原文里标出了“承诺保本、无风险”，但本题的红旗里没有选它。',
      '第 4 行：难度只能是 1、2 或 3。',
      '第 4 行：适合人群只能是老年人、务农、上班族或学生。',
      '第 4 行：判断题和单选题要正好有一个正确答案。'
    ])
    expect(await inReview()).toEqual(before)
  })

  it('reads categories, groups of residents and red flags by the names the office sees in the app, as it reads their codes', async () => {
    const before = new Set((await inReview()).map((w) => w.id))
    const byName = [
      [
        '判断',
        '养老投资',
        '1',
        '老年人，务农',
        '“交五万订床位，每年返一成”是非法集资吗？',
        '传单',
        '预订床位，每年返利百分之十。',
        '是',
        '不是',
        '',
        '',
        '',
        'A',
        '',
        '承诺高额或固定回报，借养老名义揽钱',
        '许诺固定回报的养老“床位费”就是借养老揽钱。'
      ],
      [
        '多选',
        '虚拟货币',
        '2',
        '上班族',
        '下面哪些是危险信号？',
        '',
        '',
        '保证翻倍',
        '拉三个人返本',
        '交易所持牌',
        '',
        '',
        'AB',
        '承诺保本、无风险|拉人头、发展下线|无牌使用金融名号',
        '',
        '保本翻倍和拉人头返本都是非法集资的招数。'
      ]
    ]
    expect((await upload(csv(byName), 'names.csv')).json()).toEqual({ imported: 2 })
    const added = (await inReview()).filter((w) => !before.has(w.id))
    const read = await Promise.all(added.map(async (w) => (await server.app.inject({ method: 'GET', url: `/api/admin/quiz/items/${w.id}`, headers: editor })).json().fields))
    const bed = read.find((x) => x.kind === 'judge')
    expect([bed.category, bed.personas, bed.redFlags]).toEqual(['pension', ['elder', 'farmer'], ['high_return', 'pension']])
    const signs = read.find((x) => x.kind === 'flags')
    expect([signs.category, signs.personas, signs.redFlags]).toEqual(['crypto', ['worker'], ['guaranteed', 'recruit']])
    expect(signs.options.map((o: { flag: string }) => o.flag)).toEqual(['guaranteed', 'recruit', 'unlicensed_name'])
    // A name nobody knows is named back in the message.
    const unknown = [['判断', '养老投资', '1', '老年人', '题目', '', '', '是', '不是', '', '', '', 'A', '', '稳赚不赔', '解析']]
    expect((await upload(csv(unknown), 'unknown.csv')).json().error.message).toContain('第 2 行：红旗“稳赚不赔”不认识')
  })

  it('imports a CSV and an XLSX into review; a published item is drawn in rounds', async () => {
    const before = new Set((await inReview()).map((w) => w.id))
    expect((await upload(csv(GOOD), 'bank.csv')).json()).toEqual({ imported: 3 })
    expect((await upload(await xlsx([GOOD[0]]), 'bank.xlsx')).json()).toEqual({ imported: 1 })
    const waiting = (await inReview()).filter((w) => !before.has(w.id))
    expect(waiting).toHaveLength(4)

    const item = waiting.find((w) => w.prompt === '参与非法集资的损失由谁承担？')!
    expect((await server.app.inject({ method: 'POST', url: `/api/admin/quiz/items/${item.id}/publish`, headers: editor })).statusCode).toBe(403)
    expect((await server.app.inject({ method: 'POST', url: `/api/admin/quiz/items/${item.id}/publish`, headers: publisher, payload: { revision: 1 } })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'POST', url: `/api/admin/quiz/items/${item.id}/publish`, headers: publisher, payload: { revision: 1 } })).statusCode).toBe(409)

    // Only the published item and the starter bank are drawn: rounds never show an item in review.
    const ids = new Set<string>()
    for (let i = 0; i < 40; i++) (await server.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: {} })).json().questions.forEach((q: { id: string }) => ids.add(q.id))
    expect(waiting.filter((w) => w.id !== item.id).some((w) => ids.has(w.id))).toBe(false)
  })
})

describe.each(LANES)('spreadsheets the import cannot take (%s)', (lane) => {
  let server: TestServer
  let editor: { authorization: string }
  beforeAll(async () => {
    server = await startServer(lane)
    editor = await staffWith(server.app, 'sheet_editor', ['editor'])
  })
  afterAll(async () => server.close())

  const upload = (data: Buffer, filename: string) => {
    const m = multipart(data, filename)
    return server.app.inject({ method: 'POST', url: '/api/admin/quiz/import', headers: { ...editor, ...m.headers }, payload: m.payload })
  }
  const bankSize = async () => (await server.app.inject({ method: 'GET', url: '/api/admin/quiz/items', headers: editor })).json().items.length as number

  it('refuses more items than one import may carry, in a 400 that says how many', async () => {
    const before = await bankSize()
    const rows = Array.from({ length: MAX_IMPORT_ITEMS + 1 }, (_, i) => [...GOOD[2].slice(0, 4), `第 ${i} 题：参与非法集资的损失由谁承担？`, ...GOOD[2].slice(5)])
    for (const [data, name] of [
      [csv(rows), 'big.csv'],
      [await xlsx(rows), 'big.xlsx']
    ] as const) {
      const res = await upload(data, name)
      expect(res.statusCode).toBe(400)
      expect(res.json().error.message).toContain(`一次最多导入 ${MAX_IMPORT_ITEMS} 道题，这个表格有 ${MAX_IMPORT_ITEMS + 1} 道`)
    }
    expect(await bankSize()).toBe(before)
  })

  it('answers a broken workbook with a 400, not a 500', async () => {
    const good = await xlsx(GOOD)
    const broken: [Buffer, string][] = [
      [Buffer.from('这不是表格'), 'bank.xlsx'],
      [good.subarray(0, Math.floor(good.length / 2)), 'bank.xlsx'],
      [Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x22, 0x0a, 0x22, 0x22, 0x2c]), 'bank.csv']
    ]
    for (const [data, name] of broken) {
      const res = await upload(data, name)
      expect(res.statusCode).toBe(400)
      expect(res.json().error.code).toBe('bad_rows')
    }
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
  })
})
