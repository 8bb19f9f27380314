/**
 * Checks on text the office writes, shared by the editor (to warn before
 * saving) and the server (to refuse). The renderer never runs markup anyway;
 * refusing it keeps stray code out of what residents read and copy.
 */
import { markedCodes } from './body-text'
import { isRedFlagCode } from './red-flags'

const MARKUP = /<\s*\/?\s*[a-zA-Z!][^>]*>|javascript:/i

export function bodyProblems(text: string): string[] {
  const problems: string[] = []
  if (MARKUP.test(text)) problems.push('正文里不能有网页代码（如 <script>、<img> 等标签），请删掉后再保存。')
  const unknown = markedCodes(text).filter((c) => !isRedFlagCode(c))
  if (unknown.length > 0) problems.push(`正文里标出的“${unknown.join('”“')}”不是认识的危险信号，请取消这个标记后重新标出。`)
  return problems
}
