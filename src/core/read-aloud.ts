/**
 * What 朗读 reads on an article or case lesson page, and how a long text is
 * cut for a speech engine that takes a limited amount per call (WeChat's
 * 同声传译 plugin: 1000 bytes; a browser voice: any, but long utterances stall
 * on some phones). Pure data: the pages and services/speech use it.
 */
import { parseBody, type Inline } from './body-text'
import type { Article, CaseLesson } from './reading-types'

/** One paragraph read aloud; `key` says which element on the page to highlight while it is read. */
export interface SpokenPart {
  key: string
  text: string
}

const plain = (inlines: Inline[]): string => inlines.map((part) => part.text).join('')

// A list item without its own full stop would run into the next one when read.
const withStop = (text: string): string => (/[。！？!?；;：:]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`)

/**
 * The words of each block of a body, one entry per block as BodyText numbers
 * them; a picture is read by its caption, and is '' without one. Red-flag
 * marks keep their words: the label is for the eye.
 */
export function spokenBlocks(source: string): string[] {
  return parseBody(source).map((block) => {
    switch (block.type) {
      case 'image':
        return block.alt ? `图片：${block.alt}` : ''
      case 'list':
        return block.items.map((item) => withStop(plain(item))).join('')
      default:
        return plain(block.inlines)
    }
  })
}

const bodyKey = (prefix: string, index: number): string => `${prefix}:${index}`

/** The block of the body named `prefix` being read, if it is one of them. */
export function blockBeingRead(prefix: string, key: string | undefined): number | undefined {
  if (!key?.startsWith(`${prefix}:`)) return undefined
  return Number(key.slice(prefix.length + 1))
}

function bodyParts(prefix: string, source: string): SpokenPart[] {
  return spokenBlocks(source)
    .map((text, i) => ({ key: bodyKey(prefix, i), text }))
    .filter((part) => part.text.trim() !== '')
}

/** An article: its title, then its body. */
export function articleScript(article: Pick<Article, 'title' | 'body'>): SpokenPart[] {
  return [{ key: 'title', text: article.title }, ...bodyParts('body', article.body)]
}

/** The case lesson's parts in the order the page shows them; the check question is left to the eye and the thumb. */
export const CASE_SECTIONS = [
  { prefix: 'story', title: '案情经过' },
  { prefix: 'outcome', title: '钱和人最后怎样了' },
  { prefix: 'lesson', title: '给您提个醒' }
] as const

export function caseScript(lesson: Pick<CaseLesson, 'title' | 'story' | 'outcome' | 'lesson'>): SpokenPart[] {
  return [{ key: 'title', text: lesson.title }, ...CASE_SECTIONS.flatMap(({ prefix, title }) => [{ key: prefix, text: title }, ...bodyParts(prefix, lesson[prefix])])]
}

/** The length of a text in UTF-8, as WeChat's plugin counts it (a Chinese character is 3 bytes). */
export function utf8Bytes(text: string): number {
  let bytes = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return bytes
}

const SENTENCE_ENDS = '。！？!?；;…'
const CLAUSE_ENDS = '，、,：:'
// Closing quotes and brackets stay with the sentence they close.
const CLOSERS = '”’"」』）)】'

/** A text cut after each of `ends` (with any closing marks that follow); no lookbehind, which older phones' engines lack. */
function cutAfter(text: string, ends: string): string[] {
  const chars = Array.from(text)
  const pieces: string[] = []
  let piece = ''
  for (let i = 0; i < chars.length; i++) {
    piece += chars[i]
    if (!ends.includes(chars[i])) continue
    while (i + 1 < chars.length && (ends.includes(chars[i + 1]) || CLOSERS.includes(chars[i + 1]))) piece += chars[++i]
    pieces.push(piece)
    piece = ''
  }
  if (piece) pieces.push(piece)
  return pieces
}

/** Packs parts in order into chunks of at most `maxBytes` (a part that is alone too long stays a chunk of its own), counting bytes as it goes. */
function pack(parts: Iterable<string>, maxBytes: number): string[] {
  const chunks: string[] = []
  let chunk = ''
  let bytes = 0
  for (const part of parts) {
    const size = utf8Bytes(part)
    if (chunk && bytes + size > maxBytes) {
      chunks.push(chunk)
      chunk = ''
      bytes = 0
    }
    chunk += part
    bytes += size
  }
  if (chunk) chunks.push(chunk)
  return chunks
}

function fit(text: string, maxBytes: number, levels: string[]): string[] {
  if (utf8Bytes(text) <= maxBytes) return [text]
  const [ends, ...finer] = levels
  // Past the last boundary, character by character; otherwise a piece too long alone is cut at the next finer boundary.
  if (ends === undefined) return pack(text, maxBytes)
  return pack(
    cutAfter(text, ends).flatMap((piece) => fit(piece, maxBytes, finer)),
    maxBytes
  )
}

/**
 * A paragraph in chunks of at most `maxBytes` UTF-8 bytes, cut after a
 * sentence where one fits, else after a clause, else (a run-on with no stop)
 * anywhere. Nothing is lost: the chunks joined are the paragraph with its
 * whitespace folded.
 */
export function splitForSpeech(text: string, maxBytes: number): string[] {
  const folded = text.replace(/\s+/g, ' ').trim()
  if (!folded) return []
  return fit(folded, maxBytes, [SENTENCE_ENDS, CLAUSE_ENDS])
}
