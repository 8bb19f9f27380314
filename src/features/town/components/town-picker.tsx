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
  if (chooseTown(town.code)) say(`已选${town.name}`)
}

/** The picker in a sheet from the bottom: 我的's 更换, and home's question when the towns are too many to show in place. */
function TownSheet({ towns, current, onClose }: { towns: Town[]; current?: string; onClose: () => void }) {
  return (
    <View className='town-sheet' role='dialog' aria-label={QUESTION}>
      <View className='town-sheet__panel'>
        <View className='town-question__title'>{QUESTION}</View>
        <TownPicker
          towns={towns}
          current={current}
          onPick={(t) => {
            pick(t)
            onClose()
          }}
        />
        <Button className='town-sheet__cancel' block size='large' fill='outline' onClick={onClose}>
          取消
        </Button>
      </View>
    </View>
  )
}

/** Up to this many towns are answered in place with one tap; more would push the hotline off the first screen. */
const IN_PLACE = 4

/**
 * The first-open question, asked once when the district has more than one
 * town and the phone knows none (a shared link or poster code usually brings
 * it). A small card in the page, not a popup: the hotline below it and
 * everything else stay usable while it waits. With one town, or offline with
 * no list, it is not there at all.
 */
export function TownQuestion() {
  const towns = useTowns()
  const choice = useTownChoice()
  const [open, setOpen] = useState(false)
  if (!towns || towns.length < 2 || townSettled(choice)) return null
  return (
    <View className='town-question' role='region' aria-label={QUESTION}>
      <View className='town-question__title'>{QUESTION}</View>
      <View className='town-question__hint'>选好后，咨询电话、活动和文章都是您那里的，以后可在“我的”里更换。</View>
      {towns.length <= IN_PLACE && <TownPicker towns={towns} onPick={pick} />}
      <View className='town-question__actions'>
        {towns.length > IN_PLACE && (
          <Button className='town-question__open' type='primary' size='large' onClick={() => setOpen(true)}>
            选镇（街道）
          </Button>
        )}
        <Button className='town-question__skip' size='large' fill='outline' onClick={skipTownQuestion}>
          先随便看看
        </Button>
      </View>
      {open && <TownSheet towns={towns} onClose={() => setOpen(false)} />}
    </View>
  )
}

/** 我的: the town this phone is for, and a way to change it; nothing when the district has one town. */
export function MyTown({ fallbackName }: { fallbackName?: string }) {
  const towns = useTowns()
  const { town } = useTownChoice()
  const [open, setOpen] = useState(false)
  if (!towns || towns.length < 2) return null
  // Not chosen yet (the question was skipped): say so, and whose pages are shown meanwhile.
  const name = towns.find((t) => t.code === town)?.name
  return (
    <View className='my-town'>
      <View className='my-town__label'>
        所在镇（街道）：<Text className='my-town__name'>{name ?? (fallbackName ? `还没选（先看的是${fallbackName}的）` : '还没选')}</Text>
      </View>
      <Button className='my-town__change' size='large' fill='outline' type='primary' onClick={() => setOpen(true)}>
        {name ? '更换' : '选择'}
      </Button>
      {open && <TownSheet towns={towns} current={town} onClose={() => setOpen(false)} />}
    </View>
  )
}
