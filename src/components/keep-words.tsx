import { Text } from '@tarojs/components'
import { amountPieces, chineseWords, lineUnits, numberWithVerb } from '../core/words'
import './keep-words.scss'

/** A short name or heading that breaks only between its phrases or words (天津市12345政务服务 | 便民热线, never 便 | 民). */
export function KeepWords({ text }: { text: string }) {
  const units = lineUnits(text)
  if (!units) return <>{text}</>
  return (
    <>
      {units.map((w, i) => (
        <Text key={i} className='keep-words__word'>
          {w}
        </Text>
      ))}
    </>
  )
}

/** A call button's words: the phone number never alone on a line, but with its verb (一键 | 拨打 12345). */
export function CallWords({ text }: { text: string }) {
  // One box around the pieces: inside a button's flex row each piece alone would be squeezed apart (一 | 键).
  return (
    <Text className='keep-words'>
      {numberWithVerb(text).map((w, i) => (
        <Text key={i} className='keep-words__word'>
          {w}
        </Text>
      ))}
    </Text>
  )
}

/** The longest word or sum kept on one line: longer than any Chinese word or sum with its unit, short of a link's code. */
const KEPT = 12

/**
 * Body text whose sums never break from their units (3000元, not 3000 | 元); everything else breaks as it would. With
 * `words`, for a highlighted phrase, its words stay whole too (奖励, not 奖 | 励): a mark broken inside a word at a
 * line's end read as two things. Where the platform has no segmenter the words break as before.
 */
export function KeepAmounts({ text, words = false }: { text: string; words?: boolean }) {
  // Amounts are the odd pieces; with `words` a plain run is cut into its words, each kept whole. Without a segmenter
  // (chineseWords null) a plain run stays one breakable run: kept whole, a long mark would run off the screen.
  // Only a short piece is kept whole: a link's code or a long run of digits kept on one line ran off a narrow screen.
  const plain = (piece: string) => (words ? chineseWords(piece)?.map((w) => ({ text: w, keep: w.length > 1 && w.length <= KEPT })) : undefined) ?? [{ text: piece, keep: false }]
  const pieces = amountPieces(text).flatMap((piece, i) => (i % 2 === 1 ? [{ text: piece, keep: piece.length <= KEPT }] : plain(piece)))
  // Inline, not a box: inside a highlighted mark its background and underline run on through the sum.
  return (
    <>
      {pieces.map((p, i) =>
        p.keep ? (
          <Text key={i} className='keep-words__amount'>
            {p.text}
          </Text>
        ) : (
          p.text
        )
      )}
    </>
  )
}
