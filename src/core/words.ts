/**
 * Chinese words, from the platform's segmenter (iOS 14.5+, Chromium 87+). Chinese breaks a line between any two
 * characters; a name or a marked phrase reads better broken only between its words. An old webview without a
 * segmenter gets null, and callers keep the text as it is.
 */
export function chineseWords(text: string): string[] | null {
  const Segmenter = typeof Intl === 'undefined' ? undefined : Intl.Segmenter
  if (!Segmenter) return null
  return [...new Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment)
}
