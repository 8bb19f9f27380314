import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { campaignName, campaignPhase, type Campaign } from '../../../core/campaign'
import { caseHeadline } from '../../../core/case-kind'
import { imageUrl } from '../../../services/http'
import { routes } from '../../../routes'
import './campaign-banner.scss'

const day = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`

/** The publicity month on home: running with a countdown, or a notice that it is coming. */
export function CampaignBanner({ campaign }: { campaign: Campaign }) {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    // The countdown counts days; once a minute is plenty and costs nothing.
    const timer = setInterval(() => setNow(new Date()), 60000)
    return () => clearInterval(timer)
  }, [])
  const phase = campaignPhase(campaign, now)
  if (phase.phase === 'over') return null
  return (
    <View className='campaign-banner'>
      {campaign.bannerImageId && <Image className='campaign-banner__image' src={imageUrl(campaign.bannerImageId)} mode='widthFix' />}
      <View className='campaign-banner__tag'>
        {campaignName(campaign)} · {phase.phase === 'running' ? '进行中' : '即将开始'}
      </View>
      <View className='campaign-banner__theme'>{campaign.theme}</View>
      <View className='campaign-banner__when'>
        {day(campaign.startsOn)} 至 {day(campaign.endsOn)}
        <Text className='campaign-banner__count'>{phase.phase === 'running' ? ` · 还有 ${phase.daysLeft} 天结束` : ` · 还有 ${phase.daysToStart} 天开始`}</Text>
      </View>
      {phase.phase === 'running' && campaign.slogans[0] && <View className='campaign-banner__slogan'>“{campaign.slogans[0]}”</View>}
      {phase.phase === 'running' &&
        [
          ...campaign.articles.map((a) => ({ key: a.id, title: a.title, url: routes.article(a.id) })),
          ...campaign.cases.map((c) => ({ key: c.id, title: caseHeadline(c), url: routes.caseLesson(c.id) }))
        ]
          .slice(0, 4)
          .map((link) => (
            <View key={link.key} className='campaign-banner__link' onClick={() => void Taro.navigateTo({ url: link.url })}>
              {link.title} ›
            </View>
          ))}
    </View>
  )
}
