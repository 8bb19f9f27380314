import { View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { useEffect, useMemo, useState } from 'react'
import { ContentCard } from '../../components/content-card'
import { EntryCard } from '../../components/entry-card'
import { KeepWords } from '../../components/keep-words'
import { Field } from '../../components/field'
import { Screen } from '../../components/screen'
import { Section } from '../../components/section'
import { checkAdvert } from '../../core/ad-check/engine'
import { callsFraudLine, relatedCategories } from '../../core/ad-check/present'
import { ANTI_FRAUD_LINE, askLine } from '../../core/hotlines'
import { CheckResultView } from '../../features/ad-check/components/check-result'
import { useCheckDraft } from '../../features/ad-check/hooks/use-draft'
import { useFlyerPhoto } from '../../features/ad-check/hooks/use-flyer-photo'
import { useArticles } from '../../features/articles/api/get-articles'
import { callHotline, useHotline } from '../../services/hotline'
import { readClipboard } from '../../services/clipboard'
import { sharePath } from '../../services/town-choice'
import { routes } from '../../routes'
import './index.scss'

const MAX = 5000

/**
 * One article to read on per kind of sign, by its title: four full cards (summary, category, date) made a result with
 * six signs two screens longer at 320 px with 大字, for reading a resident does after the verdict, if at all.
 */
function Related({ category }: { category: string }) {
  const list = useArticles({ category, pageSize: 1 })
  return (
    <>
      {list.items.map((a) => (
        <ContentCard key={a.id} {...a} url={routes.article(a.id)} brief />
      ))}
    </>
  )
}

/**
 * 广告体检: the resident pastes a pitch, or photographs a flyer, and sees,
 * there and then, its red flags and why. The check runs on the phone, so it
 * works offline and pasted text never leaves the phone; a photo is read on
 * the server (nothing kept) and its text shown in the box to correct first.
 */
export default function AdCheck() {
  // Kept in memory for the session, never on disk (see use-draft): the pasted words survive leaving and coming back.
  const { text, setText, checked, setChecked } = useCheckDraft()
  const [error, setError] = useState<string>()
  const [readNote, setReadNote] = useState<string>()
  const photo = useFlyerPhoto(({ text: read, lines }) => {
    setText(read.slice(0, MAX))
    // A result shown now would be of the old text, not of what the photo says.
    setChecked(null)
    setError(undefined)
    setReadNote(`已从照片认出 ${lines} 行文字。请对照传单看一遍，改正认错的字，再点“开始体检”。`)
  })
  const hotline = useHotline()
  // A result shows only while the box holds the text it was made of: after an edit or a new paste, a verdict left on
  // screen would be read (or shown door to door) as the new text's.
  const shown = checked !== null && checked === text.trim() ? checked : null
  const result = useMemo(() => (shown ? checkAdvert(shown) : null), [shown])
  // On a small phone the result starts below the screen: without a scroll, tapping 开始体检 looks as if nothing happened.
  // Every check asked for scrolls, a second tap on the same text too (its result is the same, so it alone would not).
  const [asked, setAsked] = useState(0)
  const check = (t: string) => {
    setChecked(t)
    setAsked((n) => n + 1)
  }
  useEffect(() => {
    if (result) void Taro.pageScrollTo({ selector: '.check-result', duration: 300 })
  }, [result, asked])
  // A payout posed as a government's, or a fee before one's own money comes back, is fraud: the button calls 96110.
  const askFraudLine = result ? callsFraudLine(result) : false
  // A low result is mostly a private message (a relative asking for a loan, a village's fee notice): what fits is a call
  // to ask, not 举报这条宣传 beside it as loud as the call; reporting stays possible, quietly, under the result.
  const low = result?.risk === 'low'
  // A case's report (a verdict's news, a police notice retelling a case) is no advert to report: 举报这条宣传 beside it read
  // as reporting the newspaper. What a reader may still report is the same company taking money again, quietly, under it.
  // A fraud's message that names a case to frighten (您的账户涉嫌……已立案) is still the message to report.
  const caseReport = result?.told === true && !askFraudLine
  useShareAppMessage(() => ({ title: '广告体检：看看这条宣传是不是非法集资', path: sharePath(routes.adCheck) }))

  const paste = async () => {
    setError(undefined)
    setReadNote(undefined)
    try {
      // Pasting is asking: the check runs at once on what was pasted.
      const pasted = (await readClipboard()).slice(0, MAX)
      if (!pasted.trim()) return setError('剪贴板里没有文字。请先在微信里长按那段宣传，点“复制”，再回来点“粘贴”。')
      setText(pasted)
      check(pasted.trim())
    } catch {
      setError('没能读取剪贴板，请长按输入框选择“粘贴”。')
    }
  }
  const run = () => {
    setReadNote(undefined)
    const t = text.trim()
    if (!t) return setError('请先粘贴或输入要检查的文字。')
    setError(undefined)
    check(t)
  }
  // Opened on top of this page, not as the 举报 tab: back returns here, to the text and its verdict.
  const report = () => {
    if (shown) void Taro.navigateTo({ url: routes.reportAdvert })
  }

  return (
    <Screen>
      {/* Titled as report and feedback are: in a browser there is no navigation bar to say where the resident is. */}
      <Section title='广告体检'>
        <View className='ad-check__card'>
          {/* Short, so the box is on the first screen of a small phone with 大字; where the words go is said under the buttons. */}
          <View className='ad-check__hint'>把看到的宣传粘贴进来，或给传单拍张照，查查有没有非法集资的危险信号。</View>
          <Field label='宣传文字' hint={readNote} error={photo.error ?? error}>
            <TextArea className='ad-check__input' value={text} onChange={setText} maxLength={MAX} rows={6} showCount placeholder='例如：保本保息，年化18%，推荐一人奖励500元……' />
          </Field>
          <View className='ad-check__actions'>
            <Button className='ad-check__paste' fill='outline' onClick={() => void paste()}>
              粘贴
            </Button>
            <Button className='ad-check__photo' fill='outline' loading={photo.reading} disabled={photo.reading} onClick={() => void photo.pick()}>
              {photo.reading ? '正在认字…' : '拍照或选图'}
            </Button>
          </View>
          <View className='ad-check__actions ad-check__go'>
            <Button className='ad-check__run' type='primary' disabled={photo.reading} onClick={run}>
              开始体检
            </Button>
          </View>
          <View className='ad-check__privacy'>文字只在您的手机上检查；照片会发到服务器认字，认完就丢，不保存。</View>
        </View>
      </Section>
      {/* A result taken away by an edit says so: gone without a word, it looked lost. */}
      {checked !== null && !shown && text.trim() && <View className='ad-check__stale'>文字改过了，点“开始体检”重新检查。</View>}
      {result && shown && (
        <View>
          <CheckResultView
            text={shown}
            result={result}
            actions={
              <View className='ad-check__actions ad-check__next'>
                {askFraudLine ? (
                  <Button className='ad-check__call' type='primary' onClick={() => callHotline(ANTI_FRAUD_LINE.phone)}>
                    打 {ANTI_FRAUD_LINE.phone} 问一问
                  </Button>
                ) : (
                  // The number on the button: "打电话问一问" left a reader asking whom it rings.
                  <Button className='ad-check__call' type='primary' disabled={!hotline.data} onClick={() => hotline.data && callHotline(askLine(hotline.data).phone)}>
                    {low ? '拿不准？' : ''}
                    {hotline.data ? `打 ${askLine(hotline.data).phone} 问一问` : '打电话问一问'}
                  </Button>
                )}
                {!low && !caseReport && (
                  <Button className='ad-check__report' fill='outline' type='primary' onClick={report}>
                    举报这条宣传
                  </Button>
                )}
              </View>
            }
          />
          {(low || caseReport) && (
            <View className='ad-check__report-link' role='link' onClick={report}>
              <KeepWords text={low ? '还是觉得不对劲？可以匿名举报 ›' : '文中的公司还在揽钱？可以匿名举报 ›'} />
            </View>
          )}
          <View className='ad-check__more'>想多了解：</View>
          {relatedCategories(result).map((c) => (
            <Related key={c} category={c} />
          ))}
        </View>
      )}
      <EntryCard className='ad-check__lookup' title='查一查' text='知道对方的公司名称、电话、网址或账号？查查上没上曝光台。' url={routes.lookup} />
    </Screen>
  )
}
