import { parse } from 'csv-parse/sync'
import { CATEGORIES } from '../../../src/core/categories'
import { PERSONAS } from '../../../src/core/quiz'
import { quizItemProblems, type QuizFields } from '../../../src/core/quiz-item'
import { RED_FLAGS } from '../../../src/core/red-flags'

/**
 * Quiz items from a spreadsheet the office fills in (CSV or XLSX, first row
 * the headers below). Every row is read into an item's fields and checked
 * with the same rules as the item editor (src/core/quiz-item.ts); one bad
 * row and nothing is imported, with a list of what is wrong where.
 */
export const COLUMNS = ['题型', '分类', '难度', '适合人群', '题目', '广告来源', '广告原文', '选项A', '选项B', '选项C', '选项D', '选项E', '正确答案', '选项红旗', '红旗', '解析'] as const

const KINDS: Record<string, 'judge' | 'flags' | 'choice'> = { 判断: 'judge', judge: 'judge', 多选: 'flags', flags: 'flags', 单选: 'choice', choice: 'choice' }

// The office fills the sheet in with the names it sees everywhere in the app; the codes behind them work too.
const CATEGORY_CODES = new Map<string, string>(CATEGORIES.flatMap((c) => [[c.code, c.code] as const, [c.name, c.code] as const]))
const PERSONA_CODES = new Map<string, string>(PERSONAS.flatMap((p) => [[p.code, p.code] as const, [p.label, p.code] as const]))
// Longest first, so a name is never replaced by a shorter one inside it.
const FLAG_NAMES = [...RED_FLAGS].sort((a, b) => b.label.length - a.label.length)

/** A cell of red flags with every name turned into its code: names hold 、, which also separates flags. */
const flagCodes = (cell: string): string => FLAG_NAMES.reduce((text, f) => text.split(f.label).join(f.code), cell)

export interface RowProblem {
  row: number
  message: string
}

export interface SheetResult {
  items: QuizFields[]
  problems: RowProblem[]
}

/** A spreadsheet handed to the reading thread (import-thread.ts). */
export interface SheetJob {
  data: Uint8Array
  filename: string
}

/**
 * Items one import may carry: a town's whole bank is a few hundred, and all
 * of them are written in one statement, which both databases cap at some
 * tens of thousands of values.
 */
export const MAX_IMPORT_ITEMS = 1000

/** The answer for a file that cannot be read as a spreadsheet at all. */
export const unreadable = (message = '文件打不开：请用 CSV（UTF-8）或 XLSX 格式。'): SheetResult => ({ items: [], problems: [{ row: 0, message }] })

async function rowsOf(data: Buffer, filename: string): Promise<string[][]> {
  if (/\.xlsx$/i.test(filename)) {
    // A workbook is a zip file; anything else is refused before ExcelJS is loaded.
    if (data.readUInt32LE(0) !== 0x04034b50) throw new Error('not a zip file')
    // Loaded only for a workbook: ExcelJS takes a second to load, which a CSV need not wait for.
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(data as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]
    const rows: string[][] = []
    sheet?.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[]).slice(1)
      rows.push(values.map((v) => (v === null || v === undefined ? '' : typeof v === 'object' && 'text' in (v as object) ? String((v as { text: unknown }).text) : String(v))))
    })
    return rows
  }
  const text = data.toString('utf8').replace(/^\ufeff/, '')
  return parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][]
}

const OPTION_COLUMNS = ['选项A', '选项B', '选项C', '选项D', '选项E'] as const

const split = (s: string, sep: RegExp) =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean)

/** Reads and checks a spreadsheet on the calling thread; the server reads through import-thread.ts. */
export async function readQuizSheet(data: Buffer, filename: string): Promise<SheetResult> {
  let rows: string[][]
  try {
    rows = await rowsOf(data, filename)
  } catch {
    return unreadable()
  }
  const header = (rows[0] ?? []).map((h) => h.trim())
  const missing = COLUMNS.filter((c) => !header.includes(c))
  if (missing.length > 0) return { items: [], problems: [{ row: 1, message: `表头缺少：${missing.join('、')}（第一行要有这些列名，见题库页上的说明）。` }] }
  const filled = rows.slice(1).filter((r) => r.some((c) => String(c).trim())).length
  if (filled > MAX_IMPORT_ITEMS) return { items: [], problems: [{ row: 0, message: `一次最多导入 ${MAX_IMPORT_ITEMS} 道题，这个表格有 ${filled} 道：请分几次导入。` }] }
  const col = (r: string[], name: (typeof COLUMNS)[number]) => (r[header.indexOf(name)] ?? '').trim()
  const items: QuizFields[] = []
  const problems: RowProblem[] = []
  rows.slice(1).forEach((r, i) => {
    const row = i + 2
    if (r.every((c) => !String(c).trim())) return
    const wrong = (message: string) => problems.push({ row, message })
    const kind = KINDS[col(r, '题型')]
    if (!kind) return wrong('题型只能是 判断、单选 或 多选。')
    const texts = OPTION_COLUMNS.map((c) => col(r, c)).filter(Boolean)
    const letters = split(col(r, '正确答案').toUpperCase(), /[,，、\s]*/)
    const right = new Set(letters.map((l) => l.charCodeAt(0) - 65))
    const optionFlags = kind === 'flags' ? split(flagCodes(col(r, '选项红旗')), /[|｜]/) : []
    // What only a spreadsheet can get wrong; the item's own rules are checked below, as in the editor.
    const sheetProblems = [
      ...(right.size === 0 || [...right].some((x) => x < 0 || x >= texts.length) ? ['正确答案要写选项字母（如 A 或 AB），且在选项范围内。'] : []),
      ...(kind === 'flags' && optionFlags.length !== texts.length ? ['多选题要在“选项红旗”里按选项顺序写每个选项的红旗，用 | 分开。'] : [])
    ]
    const advertText = col(r, '广告原文')
    const item: QuizFields = {
      kind,
      category: CATEGORY_CODES.get(col(r, '分类')) ?? col(r, '分类'),
      difficulty: Number(col(r, '难度') || '1'),
      personas: split(col(r, '适合人群'), /[,，、\s]+/).map((p) => PERSONA_CODES.get(p) ?? p),
      prompt: col(r, '题目'),
      ...(advertText ? { advert: { source: col(r, '广告来源') || '其他', text: advertText } } : {}),
      options: texts.map((text, k) => ({ text, correct: right.has(k), ...(kind === 'flags' ? { flag: optionFlags[k] } : {}) })),
      // A "which red flags" item teaches the flags of its right options.
      redFlags: [...new Set(kind === 'flags' ? optionFlags.filter((_, k) => right.has(k)) : split(flagCodes(col(r, '红旗')), /[,，、\s]+/))],
      explanation: col(r, '解析')
    }
    // Every problem of the row, so one round of corrections is enough.
    const rowProblems = [...quizItemProblems(item), ...sheetProblems]
    if (rowProblems.length > 0) return rowProblems.forEach(wrong)
    items.push(item)
  })
  if (items.length === 0 && problems.length === 0) problems.push({ row: 2, message: '表格里没有题目。' })
  return { items, problems }
}
