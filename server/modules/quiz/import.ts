import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { isCategoryCode } from '../../../src/core/categories'
import { isPersona } from '../../../src/core/quiz'
import { isRedFlagCode } from '../../../src/core/red-flags'

/**
 * Quiz items from a spreadsheet the office fills in (CSV or XLSX, first row
 * the headers below). Every row is checked; one bad row and nothing is
 * imported, with a list of what is wrong where.
 */
export const COLUMNS = ['题型', '分类', '难度', '适合人群', '题目', '广告来源', '广告原文', '选项A', '选项B', '选项C', '选项D', '选项E', '正确答案', '选项红旗', '红旗', '解析'] as const

const KINDS: Record<string, 'judge' | 'flags' | 'choice'> = { 判断: 'judge', judge: 'judge', 多选: 'flags', flags: 'flags', 单选: 'choice', choice: 'choice' }

export interface ImportedItem {
  kind: 'judge' | 'flags' | 'choice'
  category: string
  difficulty: number
  personas: string[]
  prompt: string
  advert: { source: string; text: string } | null
  options: { id: string; text: string; correct: boolean; flag?: string }[]
  redFlags: string[]
  explanation: string
}

export interface RowProblem {
  row: number
  message: string
}

async function rowsOf(data: Buffer, filename: string): Promise<string[][]> {
  if (/\.xlsx$/i.test(filename)) {
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

const split = (s: string, sep: RegExp) => s.split(sep).map((x) => x.trim()).filter(Boolean)

export async function readQuizSheet(data: Buffer, filename: string): Promise<{ items: ImportedItem[]; problems: RowProblem[] }> {
  let rows: string[][]
  try {
    rows = await rowsOf(data, filename)
  } catch {
    return { items: [], problems: [{ row: 0, message: '文件打不开：请用 CSV（UTF-8）或 XLSX 格式。' }] }
  }
  const header = (rows[0] ?? []).map((h) => h.trim())
  const missing = COLUMNS.filter((c) => !header.includes(c))
  if (missing.length > 0) return { items: [], problems: [{ row: 1, message: `表头缺少：${missing.join('、')}（请用模板的表头）。` }] }
  const col = (r: string[], name: (typeof COLUMNS)[number]) => (r[header.indexOf(name)] ?? '').trim()
  const items: ImportedItem[] = []
  const problems: RowProblem[] = []
  rows.slice(1).forEach((r, i) => {
    const row = i + 2
    if (r.every((c) => !String(c).trim())) return
    const wrong = (message: string) => problems.push({ row, message })
    const kind = KINDS[col(r, '题型')]
    if (!kind) return wrong('题型只能是 判断、单选 或 多选。')
    const category = col(r, '分类')
    if (!isCategoryCode(category)) return wrong(`分类“${category}”不认识，请用分类代码（如 pension）。`)
    const difficulty = Number(col(r, '难度') || '1')
    if (![1, 2, 3].includes(difficulty)) return wrong('难度只能是 1、2 或 3。')
    const personas = split(col(r, '适合人群'), /[,，、\s]+/)
    if (personas.some((p) => !isPersona(p))) return wrong('适合人群只能是 elder、farmer、worker、student。')
    const prompt = col(r, '题目')
    if (!prompt || prompt.length > 200) return wrong('题目要填写，最多 200 字。')
    const advertText = col(r, '广告原文')
    if (advertText.length > 1000) return wrong('广告原文最多 1000 字。')
    const texts = (['选项A', '选项B', '选项C', '选项D', '选项E'] as const).map((c) => col(r, c)).filter(Boolean)
    if (texts.length < 2) return wrong('至少要有两个选项。')
    if (kind === 'judge' && texts.length !== 2) return wrong('判断题只能有两个选项。')
    const letters = split(col(r, '正确答案').toUpperCase(), /[,，、\s]*/)
    const right = new Set(letters.map((l) => l.charCodeAt(0) - 65))
    if (right.size === 0 || [...right].some((x) => x < 0 || x >= texts.length)) return wrong('正确答案要写选项字母（如 A 或 AB），且在选项范围内。')
    if (kind !== 'flags' && right.size !== 1) return wrong('判断题和单选题只能有一个正确答案。')
    const optionFlags = kind === 'flags' ? split(col(r, '选项红旗'), /[|｜]/) : []
    if (kind === 'flags' && (optionFlags.length !== texts.length || optionFlags.some((f) => !isRedFlagCode(f)))) return wrong('多选题要在“选项红旗”里按选项顺序写红旗代码，用 | 分开。')
    const redFlags = kind === 'flags' ? optionFlags.filter((_, k) => right.has(k)) : split(col(r, '红旗'), /[,，、\s]+/)
    if (redFlags.some((f) => !isRedFlagCode(f))) return wrong('“红旗”里有不认识的红旗代码。')
    const explanation = col(r, '解析')
    if (!explanation || explanation.length > 500) return wrong('解析要填写，最多 500 字。')
    items.push({
      kind,
      category,
      difficulty,
      personas,
      prompt,
      advert: advertText ? { source: col(r, '广告来源') || '其他', text: advertText } : null,
      options: texts.map((text, k) => ({ id: String.fromCharCode(97 + k), text, correct: right.has(k), ...(kind === 'flags' ? { flag: optionFlags[k] } : {}) })),
      redFlags: [...new Set(redFlags)],
      explanation
    })
  })
  if (items.length === 0 && problems.length === 0) problems.push({ row: 2, message: '表格里没有题目。' })
  return { items, problems }
}
