import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Campaign } from '../../core/campaign'
import { caseKindLabel } from '../../core/case-kind'
import { ANTI_FRAUD_LINE, askLine, POLICE_LINE } from '../../core/hotlines'
import type { Hotline } from '../../core/reading-types'
import { slidesFor } from '../../core/slogans'
import { getCampaign } from '../../features/campaigns/api/campaigns'
import { getHotline } from '../../services/hotline'
import './index.scss'

const REFRESH_MS = 5 * 60 * 1000

/**
 * The village hall screen: full screen, large type, the campaign's slogans
 * and featured reading in turn, the hotline always on. It runs for days:
 * one rotation timer and one refresh timer, no growing state, and new
 * content arrives by polling, never by reloading the page.
 */
export default function VillageScreen() {
  const params = useRouter().params
  const seconds = Number(params.interval ?? 10)
  // A town's own screen when the link names it (as the office's 打开村屏模式 does), else the device's chosen town.
  const town = params.town || undefined
  const intervalMs = Math.min(Math.max(Number.isFinite(seconds) ? seconds : 10, 0.2), 120) * 1000
  const [campaign, setCampaign] = useState<Campaign | null>(null)
  const [hotline, setHotline] = useState<Hotline | null>(null)
  const [index, setIndex] = useState(0)
  const alive = useRef(true)

  useEffect(() => {
    alive.current = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const refresh = async () => {
      // A failed refresh keeps the last good content on screen.
      const [c, h] = await Promise.allSettled([getCampaign(town), getHotline(town)])
      if (!alive.current) return
      if (c.status === 'fulfilled') setCampaign(c.value.data)
      if (h.status === 'fulfilled') setHotline(h.value.data)
      timer = setTimeout(() => void refresh(), REFRESH_MS)
    }
    void refresh()
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: true })
    return () => {
      alive.current = false
      clearTimeout(timer)
    }
  }, [town])

  const slides = useMemo(
    () =>
      slidesFor(campaign?.slogans ?? [], [
        ...(campaign?.articles ?? []).map((a) => ({ label: '防骗知识', text: a.title })),
        ...(campaign?.cases ?? []).map((c) => ({ label: `以案说法 · ${caseKindLabel(c.kind)}`, text: c.title }))
      ]),
    [campaign]
  )

  useEffect(() => {
    const timer = setInterval(() => setIndex((i) => i + 1), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])

  const slide = slides[index % slides.length]
  return (
    <View className='village-screen'>
      <View className='village-screen__top'>{campaign ? campaign.theme : '防范非法集资宣传'}</View>
      <View className='village-screen__stage'>
        {slide.kind === 'reading' && <View className='village-screen__label'>{slide.label}</View>}
        <View className={`village-screen__text is-${slide.kind}`} key={index}>
          {slide.text}
        </View>
      </View>
      <View className='village-screen__hotline'>
        {hotline ? askLine(hotline).name : '咨询电话'} <View className='village-screen__phone'>{hotline ? askLine(hotline).phone : '—'}</View>
        {hotline?.phone && hotline.hours && <View className='village-screen__hours'>{hotline.hours}</View>}
        <View className='village-screen__hours'>
          正在被骗：报警 {POLICE_LINE.phone} · 反诈专线 {ANTI_FRAUD_LINE.phone}
        </View>
      </View>
    </View>
  )
}
