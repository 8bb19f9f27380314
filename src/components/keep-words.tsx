import { Text } from '@tarojs/components'
import { lineUnits } from '../core/words'
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
