import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import { checkAdvert } from '../../../core/ad-check/engine'
import { likelyKind } from '../../../core/ad-check/present'
import { useCheckDraft } from '../../../features/ad-check/hooks/use-draft'
import { ReportScreen } from '../../../pages/report/report-screen'

/**
 * 举报这条宣传, opened from a 广告体检 result on top of it (navigateTo), so back returns to the result. The advert is the
 * one last checked, read from the check's in-memory draft: it is never written to the phone's storage on its way here.
 */
export default function ReportAdvert() {
  const { checked } = useCheckDraft()
  const advert = useMemo(() => (checked ? { text: checked, disguise: likelyKind(checkAdvert(checked)) } : undefined), [checked])
  return <ReportScreen advert={advert} onDone={() => void Taro.navigateBack()} />
}
