/**
 * The text format of articles and case lessons: a small subset of Markdown
 * (see server/db/content/README.md). It is parsed into plain data and rendered
 * with text components only, so no script or raw HTML can ever reach a
 * resident, whatever an author types.
 */
import { isRedFlagCode, redFlagCodeOf, redFlagLabel, type RedFlagCode } from './red-flags'

export interface Inline {
  text: string
  strong?: boolean
  /** The red flag these words show, when the author marked them. */
  flag?: { code: RedFlagCode; label: string }
}

export type Block =
  | { type: 'image'; id: string; alt: string }
  | { type: 'heading'; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'quote'; inlines: Inline[] }
  | { type: 'list'; items: Inline[][] }

// A mark's flag is any name: an unknown one (a typo, a label typed by hand)
// still reads as a mark, so residents never see its brackets and the content
// check can name it.
const MARK = /\[\[([^\]|]+)\|([^\]|]+)\]\]|\*\*([^*]+)\*\*/g

export function parseInlines(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const m of text.matchAll(MARK)) {
    const index = m.index ?? 0
    if (index > last) out.push({ text: text.slice(last, index) })
    if (m[1] !== undefined) {
      const code = m[2]
      // An unknown code keeps the words but drops the mark: the reader loses
      // nothing, and the content check in the tests reports the typo.
      out.push(isRedFlagCode(code) ? { text: m[1], flag: { code, label: redFlagLabel(code) } } : { text: m[1] })
    } else {
      out.push({ text: m[3], strong: true })
    }
    last = index + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last) })
  return out
}

type LineKind = 'image' | 'heading' | 'quote' | 'list' | 'paragraph'

// An uploaded picture on a line of its own: ![说明](image:ID). Only images
// stored by the server can be shown; there is no way to point at the web.
const IMAGE = /^!\[([^\]]*)\]\(image:([a-z0-9]{1,40})\)$/

function classify(line: string): { kind: LineKind; text: string } {
  if (IMAGE.test(line.trim())) return { kind: 'image', text: line.trim() }
  if (line.startsWith('## ')) return { kind: 'heading', text: line.slice(3).trim() }
  if (line.startsWith('>')) return { kind: 'quote', text: line.slice(1).trim() }
  if (/^[-*] /.test(line)) return { kind: 'list', text: line.slice(2).trim() }
  return { kind: 'paragraph', text: line.trim() }
}

export function parseBody(source: string): Block[] {
  const blocks: Block[] = []
  let current: { kind: LineKind; lines: string[] } | null = null
  const flush = (): void => {
    if (!current) return
    const { kind, lines } = current
    if (kind === 'list') blocks.push({ type: 'list', items: lines.map(parseInlines) })
    else if (kind === 'image') {
      const [, alt, id] = IMAGE.exec(lines[0]) ?? []
      blocks.push({ type: 'image', id, alt })
    } else if (kind === 'heading') lines.forEach((l) => blocks.push({ type: 'heading', inlines: parseInlines(l) }))
    else blocks.push({ type: kind, inlines: parseInlines(lines.join(kind === 'quote' ? '\n' : '')) })
    current = null
  }
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd()
    if (line.trim() === '') {
      flush()
      continue
    }
    const { kind, text } = classify(line)
    if (!current || current.kind !== kind || kind === 'heading' || kind === 'image') {
      flush()
      current = { kind, lines: [] }
    }
    current.lines.push(text)
  }
  flush()
  return blocks
}

/** The red-flag marks in a text, in order: the marked words and their code (known or not). */
export function flagMarks(source: string): { words: string; code: string }[] {
  return [...source.matchAll(MARK)].flatMap((m) => (m[1] !== undefined ? [{ words: m[1], code: m[2] }] : []))
}

/** The red-flag codes marked anywhere in a text (known or not), in order of first appearance. */
export function markedCodes(source: string): string[] {
  return [...new Set(flagMarks(source).map((m) => m.code))]
}

/** Why these words cannot be marked as they are, or null when they can. */
export function markWordsProblem(words: string): string | null {
  if (!words.trim()) return '请先填上要标出的原话。'
  if (/[[\]|*\n]/.test(words)) return '原话里不能有 [ ] | * 或换行，请只复制一句话。'
  return null
}

/**
 * Marks the first unmarked, unbolded occurrence of `words` with a red flag
 * (`[[words|code]]`); null when the text has no such occurrence. Authors pick
 * the flag by its label, so nobody types a code.
 */
export function markWords(source: string, words: string, code: RedFlagCode): string | null {
  const target = words.trim()
  if (markWordsProblem(target)) return null
  let last = 0
  for (const m of [...source.matchAll(MARK), null]) {
    const end = m ? (m.index ?? 0) : source.length
    const at = source.slice(last, end).indexOf(target)
    if (at >= 0) return `${source.slice(0, last + at)}[[${target}|${code}]]${source.slice(last + at + target.length)}`
    if (m) last = end + m[0].length
  }
  return null
}

/** Takes a mark off its words (the first mark of these words with this code), keeping the words. */
export function unmarkWords(source: string, words: string, code: string): string {
  return source.replace(`[[${words}|${code}]]`, () => words)
}

/**
 * The text as the office edits it: each mark names its flag by the label the
 * author picked it by (`[[原话|承诺高额或固定回报]]`), so nobody reads a code.
 */
export function marksForEditing(source: string): string {
  return source.replace(MARK, (all, words?: string, code?: string) => (words !== undefined && code !== undefined && isRedFlagCode(code) ? `[[${words}|${redFlagLabel(code)}]]` : all))
}

/** Back from the editor's text to the stored one: each label becomes its code again. */
export function marksFromEditing(text: string): string {
  return text.replace(MARK, (all, words?: string, label?: string) => {
    const code = words !== undefined && label !== undefined ? redFlagCodeOf(label.trim()) : undefined
    return code ? `[[${words}|${code}]]` : all
  })
}

/** The ids of the uploaded images a text shows. */
export function imageRefs(source: string): string[] {
  return parseBody(source).flatMap((b) => (b.type === 'image' ? [b.id] : []))
}

/** Plain text without marks, for summaries and sharing. */
export function plainText(source: string): string {
  return source.replace(MARK, (_all, marked?: string, _code?: string, strong?: string) => marked ?? strong ?? '')
}
