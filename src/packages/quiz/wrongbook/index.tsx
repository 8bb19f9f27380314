import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Empty } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { RedFlagTags } from '../../../components/red-flag-tags'
import { Screen } from '../../../components/screen'
import { forget, wrongBook, type WrongItem } from '../../../features/quiz/api/wrong-book'
import { QuestionCard } from '../../../features/quiz/components/question-card'
import { routes } from '../../../routes'
import './index.scss'

function Retry({ item, onMastered }: { item: WrongItem; onMastered: () => void }) {
  const [picked, setPicked] = useState<string[]>([])
  const [checked, setChecked] = useState(false)
  const right = checked && picked.length === item.correctOptionIds.length && picked.every((p) => item.correctOptionIds.includes(p))
  return (
    <View className='wrongbook__item'>
      {/* The marks give the answer away, so they show only once the resident has checked. */}
      <QuestionCard question={item.question} picked={picked} onPick={setPicked} reveal={checked ? item.correctOptionIds : undefined} markedAdvert={checked ? item.advert : undefined} />
      {checked ? (
        <View>
          <View className={`wrongbook__verdict ${right ? 'is-right' : 'is-wrong'}`}>{right ? '这次答对了！' : '还是不对，再看看解析'}</View>
          <RedFlagTags flags={item.redFlags} />
          <View className='wrongbook__explain'>{item.explanation}</View>
          <View className='wrongbook__actions'>
            {right && (
              <Button size='small' type='primary' onClick={onMastered}>
                掌握了，移出错题本
              </Button>
            )}
            <Button
              size='small'
              fill='outline'
              onClick={() => {
                setPicked([])
                setChecked(false)
              }}
            >
              再做一次
            </Button>
            {item.articleId && (
              <Button size='small' fill='none' onClick={() => void Taro.navigateTo({ url: routes.article(item.articleId!) })}>
                学一学 ›
              </Button>
            )}
          </View>
        </View>
      ) : (
        <Button className='wrongbook__check' type='primary' disabled={picked.length === 0} onClick={() => setChecked(true)}>
          看看对不对
        </Button>
      )}
    </View>
  )
}

/** The questions this phone got wrong, to try again until they stick. Kept on the phone only. */
export default function WrongBook() {
  const [items, setItems] = useState(wrongBook)
  if (items.length === 0) {
    return (
      <Screen>
        <Empty image={<View className='state-view__glyph'>✓</View>} imageSize={72} title='错题本是空的' description='答题时做错的题会自动记在这里，方便再练。' />
      </Screen>
    )
  }
  return (
    <Screen>
      <View className='wrongbook__count'>共 {items.length} 道错题。答对并移出，就算掌握了。</View>
      {items.map((item) => (
        <Retry
          key={item.question.id}
          item={item}
          onMastered={() => {
            forget(item.question.id)
            setItems(wrongBook())
          }}
        />
      ))}
    </Screen>
  )
}
