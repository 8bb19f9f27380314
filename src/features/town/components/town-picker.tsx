import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { say } from '../../../services/feedback'
import { chooseTown, skipTownQuestion, townSettled, useTownChoice } from '../../../services/town-choice'
import { useTowns, type Town } from '../api/get-towns'
import './town-picker.scss'

const QUESTION = '您住在哪个镇（街道）？'

/** The district's towns as big buttons, one tap to choose. */
export function TownPicker({ towns, current, onPick }: { towns: Town[]; current?: string; onPick: (town: Town) => void }) {
  return (
    <View className='town-picker' role='radiogroup' aria-label={QUESTION}>
      {towns.map((t) => (
        <View key={t.code} className={`town-picker__item ${t.code === current ? 'is-on' : ''}`} role='radio' aria-checked={t.code === current} onClick={() => onPick(t)}>
          {t.name}
        </View>
      ))}
    </View>
  )
}

const pick = (town: Town) => {
  if (chooseTown(town.code)) say(`已选${town.name}，可在“我的”里更换`)
}

/**
 * The first-open question, asked once when the district has more than one
 * town and the phone knows none (a shared link or poster code usually brings
 * it). A card in the page, not a popup: the hotline above it and everything
 * below stay usable while it waits. With one town, or offline with no list,
 * it is not there at all.
 */
export function TownQuestion() {
  const towns = useTowns()
  const choice = useTownChoice()
  if (!towns || towns.length < 2 || townSettled(choice)) return null
  return (
    <View className='town-question' role='region' aria-label={QUESTION}>
      <View className='town-question__title'>{QUESTION}</View>
      <View className='town-question__hint'>选好后，咨询电话、宣传活动、文章和曝光台都是您那里的。以后可以在“我的”里更换。</View>
      <TownPicker towns={towns} onPick={pick} />
      <Button className='town-question__skip' block size='large' fill='outline' onClick={skipTownQuestion}>
        先随便看看
      </Button>
    </View>
  )
}

/** 我的: the town this phone is for, and a way to change it; nothing when the district has one town. */
export function MyTown({ fallbackName }: { fallbackName?: string }) {
  const towns = useTowns()
  const { town } = useTownChoice()
  const [open, setOpen] = useState(false)
  if (!towns || towns.length < 2) return null
  const name = towns.find((t) => t.code === town)?.name ?? fallbackName ?? ''
  return (
    <View className='my-town'>
      <View className='my-town__label'>
        所在镇（街道）：<Text className='my-town__name'>{name || '未选'}</Text>
      </View>
      <Button className='my-town__change' size='large' fill='outline' type='primary' onClick={() => setOpen(true)}>
        更换
      </Button>
      {open && (
        <View className='town-sheet' role='dialog' aria-label={QUESTION}>
          <View className='town-sheet__panel'>
            <View className='town-question__title'>{QUESTION}</View>
            <TownPicker
              towns={towns}
              current={town}
              onPick={(t) => {
                pick(t)
                setOpen(false)
              }}
            />
            <Button className='town-sheet__cancel' block size='large' fill='outline' onClick={() => setOpen(false)}>
              取消
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
