import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { useLayoutEffect } from 'react'
import { ContentList } from '../../components/content-list'
import { EntryCard } from '../../components/entry-card'
import { LargeTypeSwitch } from '../../components/large-type-switch'
import { Screen } from '../../components/screen'
import { Section } from '../../components/section'
import { HOME_BANNER, sloganHalves } from '../../core/slogans'
import { useArticles } from '../../features/articles/api/get-articles'
import { useCampaign } from '../../features/campaigns/api/campaigns'
import { CampaignBanner } from '../../features/campaigns/components/campaign-banner'
import { useCases } from '../../features/cases/api/get-cases'
import { dropFirstPaint } from '../../services/first-paint'
import { useHotline } from '../../services/hotline'
import { HotlineCard, UrgentLinesCard } from '../../features/hotline/components/hotline-card'
import { FourSigns } from '../../features/signs/components/four-signs'
import { TownQuestion } from '../../features/town/components/town-picker'
import { routes } from '../../routes'
import { useStaffTabLabel } from '../../services/staff-tab'
import { sharePath } from '../../services/town-choice'
import './index.scss'

export default function Home() {
  const hotline = useHotline()
  const articles = useArticles({ pageSize: 5 })
  const cases = useCases({ featured: true, pageSize: 4 })
  const campaign = useCampaign()

  usePullDownRefresh(() => {
    void Promise.all([hotline.reload(), campaign.reload(), articles.refresh(), cases.refresh()]).finally(() => Taro.stopPullDownRefresh())
  })
  useStaffTabLabel()
  // This home is in the page: its first-paint copy goes before the next paint, so there is never a moment with two.
  useLayoutEffect(dropFirstPaint, [])
  useShareAppMessage(() => ({ title: '守住钱袋子，远离非法集资', path: sharePath(routes.home) }))

  const toLearn = () => void Taro.switchTab({ url: routes.learn })

  return (
    <Screen>
      <View className='home__banner'>
        <View className='home__words'>
          <View className='home__slogan'>
            {sloganHalves(HOME_BANNER.slogan).map((half) => (
              <Text key={half} className='home__slogan-half'>
                {half}
              </Text>
            ))}
          </View>
          <View className='home__sub'>{HOME_BANNER.sub}</View>
        </View>
        <LargeTypeSwitch />
      </View>
      {/* A small card, never a popup: the hotline just below stays in reach while it waits. */}
      <TownQuestion />
      {/* The hotline first, campaign or not: with 大字 a campaign's card above it pushed the call button off the first screen. */}
      <HotlineCard hotline={hotline} urgent={false} />
      {/* 广告体检 right under the call button, before 110 and 96110: for a resident who has just been offered something it is
          the most useful thing here, and under the whole hotline card it started 1,080 px down at 320 px with 大字. */}
      <EntryCard className='home__check' title='广告体检' text='看到拿不准的宣传？粘贴进来，马上查一查有没有非法集资的危险信号。' url={routes.adCheck} />
      <UrgentLinesCard hotline={hotline} />
      {campaign.data && <CampaignBanner campaign={campaign.data} />}
      <EntryCard className='home__lookup' title='查一查' text='拉您投资的公司、电话、网址、微信号，上没上镇里的曝光台？输进来查一查。' url={routes.lookup} />
      <FourSigns />
      <Section title='最新文章' more='全部文章' onMore={toLearn}>
        <ContentList list={articles} url={routes.article} emptyText='还没有文章' />
      </Section>
      <Section title='以案说法' more='更多案例' onMore={toLearn}>
        <ContentList list={cases} url={routes.caseLesson} emptyText='还没有案例' />
      </Section>
    </Screen>
  )
}
