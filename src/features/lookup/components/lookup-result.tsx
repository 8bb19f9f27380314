import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { FOUR_SIGNS } from '../../../core/four-signs'
import { ANTI_FRAUD_LINE, POLICE_LINE } from '../../../core/hotlines'
import type { LookupKind } from '../../../core/lookup'
import { callHotline } from '../../../services/hotline'
import { routes } from '../../../routes'
import type { LookupResult } from '../api/lookup'
import './lookup-result.scss'

export const KIND_WORDS: Record<LookupKind, string> = { name: '名称', number: '号码', link: '网址', account: '账号' }

const PARTIAL: Record<'short' | 'generic', string> = {
  short: '名称不到 4 个字，只查了和它一模一样的名称。多写几个字，能查得更全。',
  generic: '这几个字很多公司名称里都有，只查了和它一模一样的名称。请加上名称里特别的字（比如字号）再查。'
}

/** One line that names the four signs, so "not listed" never reads as "safe". */
export const FOUR_SIGNS_LINE = `非法集资的四个特征：${FOUR_SIGNS.map((s) => s.title).join('、')}。见到一条就先问一问。`

/**
 * What 查一查 found, in the exposure page's honest words: a match says what
 * the office published and urges a call before any money moves; no match
 * says that is not a clean bill of health.
 */
export function LookupResultView({ asked, result, askPhone }: { asked: string; result: LookupResult; askPhone?: string }) {
  const calls = (
    <View className='lookup-result__calls'>
      <Button className='lookup-result__ask' type='primary' disabled={!askPhone} onClick={() => askPhone && callHotline(askPhone)}>
        打电话问一问
      </Button>
      <Button className='lookup-result__police' fill='outline' type='primary' onClick={() => callHotline(POLICE_LINE.phone)}>
        拨打 110
      </Button>
      <Button className='lookup-result__anti-fraud' fill='outline' type='primary' onClick={() => callHotline(ANTI_FRAUD_LINE.phone)}>
        反诈专线 96110
      </Button>
    </View>
  )
  if (result.matches.length > 0) {
    return (
      <View className='lookup-result lookup-result--found'>
        <View className='lookup-result__head' role='alert'>
          曝光台上查到了 {result.matches.length} 条
        </View>
        <View className='lookup-result__urge'>请不要交钱、不要转账。拿不准就打电话问一问；已经交了钱或正被催着交钱，马上打 110 报警。</View>
        {result.matches.map((m) => (
          <View key={m.exposure.id} className='lookup-result__item'>
            <View className='lookup-result__name'>{m.exposure.name}</View>
            <View className='lookup-result__matched'>
              对上的{KIND_WORDS[m.kind]}：{m.matched}
            </View>
            <View className='lookup-result__label'>镇里公布的情况：</View>
            <View className='lookup-result__what'>{m.exposure.what}</View>
            {m.exposure.identifiers.length > 0 && (
              <View className='lookup-result__ids'>
                公布的其他名称、电话、网址、账号：
                {m.exposure.identifiers.map((x) => (
                  <View key={x} className='lookup-result__id'>
                    {x}
                  </View>
                ))}
              </View>
            )}
            <View className='lookup-result__meta'>
              {m.exposure.exposedOn} · 来源：{m.exposure.source}
            </View>
          </View>
        ))}
        {calls}
      </View>
    )
  }
  return (
    <View className='lookup-result lookup-result--none'>
      <View className='lookup-result__head'>曝光台上没有查到“{asked}”</View>
      <View className='lookup-result__safe'>没有查到不等于安全。换个名字、换个号码再来骗人的很多，曝光台也只登了镇里核实过的。</View>
      {result.partial && <View className='lookup-result__partial'>{PARTIAL[result.partial]}</View>}
      <View className='lookup-result__signs'>{FOUR_SIGNS_LINE}</View>
      <View className='lookup-result__check' hoverClass='lookup-result__check--pressed' onClick={() => void Taro.navigateTo({ url: routes.adCheck })}>
        手里有宣传单、聊天记录？去做广告体检 ›
      </View>
      {calls}
    </View>
  )
}
