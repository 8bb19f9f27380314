import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { flagMarks, markWords, markWordsProblem, unmarkWords } from '../../../core/body-text'
import { isRedFlagCode, RED_FLAGS, redFlagLabel, type RedFlagCode } from '../../../core/red-flags'
import './flag-marker.scss'

const FLAG_CHOICES = RED_FLAGS.map((f) => ({ value: f.code, label: f.label }))

/**
 * Marks words of a text as a red flag, picked by its Chinese label: the
 * author copies the words, taps the flag, and the text gets the mark (the
 * flag joins the item's tags too). Lists the marks already in the text, each
 * with its label and a way to take it off, so nobody reads or types a code.
 */
export function FlagMarker({
  text,
  onText,
  flags,
  onFlags,
  disabled = false
}: {
  text: string
  onText: (next: string) => void
  flags: readonly string[]
  onFlags: (next: string[]) => void
  disabled?: boolean
}) {
  const [words, setWords] = useState('')
  const [flag, setFlag] = useState<RedFlagCode | ''>('')
  const [error, setError] = useState<string>()
  const marks = flagMarks(text)

  const mark = () => {
    if (!flag) return setError('请点选这句话是哪一种危险信号。')
    const problem = markWordsProblem(words)
    const next = problem ? null : markWords(text, words, flag)
    if (!next) return setError(problem ?? '正文里没找到这句原话（或它已经标过了），请从正文里复制过来。')
    onText(next)
    if (!flags.includes(flag)) onFlags([...flags, flag])
    setWords('')
    setError(undefined)
  }

  return (
    <View className='flag-marker'>
      {marks.length > 0 && (
        <View className='flag-marker__marks'>
          {marks.map((m, i) => (
            <View key={`${i}-${m.words}`} className='flag-marker__mark'>
              <View className='flag-marker__words'>“{m.words}”</View>
              <View className={isRedFlagCode(m.code) ? 'flag-marker__label' : 'field__error'}>{isRedFlagCode(m.code) ? redFlagLabel(m.code) : '不认识的标记，请取消后重新标出'}</View>
              {!disabled && (
                <Button size='small' fill='outline' onClick={() => onText(unmarkWords(text, m.words, m.code))}>
                  取消标记
                </Button>
              )}
            </View>
          ))}
        </View>
      )}
      {!disabled && (
        <Field label='标出危险信号' hint='从上面复制一句原话贴到这里，再点它是哪一种危险信号；居民看到的这句话会高亮并说明。' error={error}>
          <Input className='flag-marker__input' value={words} onChange={setWords} maxLength={60} placeholder='要标出的原话' />
          <Choices options={FLAG_CHOICES} selected={flag ? [flag] : []} onChange={([v]) => setFlag(isRedFlagCode(v) ? v : '')} />
          <View className='staff__actions'>
            <Button className='flag-marker__apply' type='primary' fill='outline' onClick={mark}>
              标出这句话
            </Button>
          </View>
        </Field>
      )}
    </View>
  )
}
