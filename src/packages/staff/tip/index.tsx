import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { formatRoughTime } from '../../../core/dates'
import { DISTRICT, officeName, type TownEntry } from '../../../core/town'
import { CASE_FLOWS, FEEDBACK_TOPICS, statusLabel, TIP_DISGUISES, TIP_LIMITS, type DeskCaseDetail, type TipStatusCode } from '../../../core/tips'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { markSpam, moveTip, noteOnTip, replyToTip, transferTip, useDeskTip } from '../../../features/tips/api/tips'
import { TipPhotos } from '../../../features/tips/components/tip-photos'
import { useOfficeTowns, useTownProfile } from '../../../features/town/api/town-office'
import { ask, messageOf, say } from '../../../services/feedback'
import { leaveForExposureForm } from '../../../services/exposure-handoff'
import { hasRole } from '../../../services/staff-session'
import { routes } from '../../../routes'
import '../staff.scss'

const titleOf = (c: DeskCaseDetail) => (c.kind === 'tip' ? c.content.organisation || '（未写名称）' : `投诉建议：${FEEDBACK_TOPICS.find((t) => t.code === c.content.topic)?.name ?? ''}`)

/** The facts a resident gave beside what they wrote: a tip's, or only feedback's way to be contacted. */
function Facts({ c }: { c: DeskCaseDetail }) {
  const contact = <View>联系方式：{c.content.contact ?? '未留（匿名）'}</View>
  if (c.kind === 'feedback') return <View className='tip__facts'>{contact}</View>
  return (
    <View className='tip__facts'>
      <View>名义：{TIP_DISGUISES.find((d) => d.code === c.content.disguise)?.name}</View>
      <View>地点：{c.content.place || '未写'}</View>
      {c.content.amount && <View>金额：{c.content.amount}</View>}
      {c.content.people && <View>人数：{c.content.people}</View>}
      {c.content.when && <View>时间：{c.content.when}</View>}
      {contact}
    </View>
  )
}

/**
 * The office may decide that an organisation named in a tip should be public
 * (查一查 finds only what is on 曝光台): a publisher starts an entry with the
 * name filled in and writes, in the office's own words, what it publishes.
 * Nothing else of the tip goes with it, and the entry does not point to it.
 */
function ToExposure({ name }: { name: string }) {
  return (
    <View className='staff__card'>
      <View className='staff__title'>加入曝光台</View>
      <View className='staff__soft'>核实后决定公开这个名称时用：会新建一条曝光信息，只带上名称；内容、来源由您按核实的情况填写。举报内容和举报人不会公开。</View>
      <Button
        className='tip__to-exposure'
        fill='outline'
        onClick={() => {
          leaveForExposureForm(name)
          void Taro.navigateTo({ url: routes.exposuresDesk })
        }}
      >
        用“{name}”新建曝光信息
      </Button>
    </View>
  )
}

/** Whose office a case is with, in words; the district's own are those whose tipster did not know the town. */
const officeOf = (towns: TownEntry[], town: string | null) => `${officeName(towns, town)}${town === null ? '（举报时没选镇）' : ''}`

/**
 * A case filed to the wrong town, or to the district by a resident who did
 * not know the town, goes to the office that should handle it: sealed anew
 * to that office's key, so the one it leaves can no longer open it.
 */
function Transfer({ towns, current, noun, onTransfer }: { towns: TownEntry[]; current: string | null; noun: string; onTransfer: (to: string) => Promise<void> }) {
  const [to, setTo] = useState('')
  const options = [...towns.filter((t) => t.code !== current).map((t) => ({ value: t.code, label: t.name })), ...(current === null ? [] : [{ value: DISTRICT, label: '区里' }])]
  const name = options.find((o) => o.value === to)?.label ?? ''
  const confirmAndGo = async () => {
    const confirm = await ask({
      title: `转给${name}吗？`,
      content: `这条${noun}会重新加密给${name}的线索处理员，由他们办理；${officeOf(towns, current)}的处理员以后打不开它。`,
      confirmText: '转过去',
      cancelText: '再想想'
    })
    if (confirm) await onTransfer(to)
  }
  return (
    <View className='staff__card'>
      <View className='staff__title'>转给其他镇（街道）</View>
      <View className='staff__soft'>不归{officeOf(towns, current)}管的，转给该管的镇（街道）或区里。</View>
      <Choices label='转给哪里' options={options} selected={[to]} onChange={([v]) => setTo(v)} />
      <Button className='tip__transfer' fill='outline' disabled={!to} onClick={() => void confirmAndGo()}>
        {to ? `转给${name}` : '先选转给哪里'}
      </Button>
    </View>
  )
}

function TipDetail({ id, publisher }: { id: string; publisher: boolean }) {
  const tip = useDeskTip(id)
  const towns = useOfficeTowns()
  // Member units are the case's town's; the district's own cases use the first town's, as the server does.
  const town = useTownProfile(tip.data?.town ?? '')
  const several = (towns.data?.length ?? 0) > 1
  const [reply, setReply] = useState('')
  const [note, setNote] = useState('')
  const [unit, setUnit] = useState('')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const act = async (action: () => Promise<unknown>, done: string) => {
    setError(undefined)
    try {
      await action()
      say(done)
      await tip.reload()
    } catch (err) {
      setError(messageOf(err, '操作失败'))
    }
  }
  // Closing or turning down cannot be undone (the case then takes no more replies): asked once more, with what follows.
  const moveTo = async (to: TipStatusCode) => {
    const label = statusLabel(tip.data!.kind, to)
    if (to === 'closed' || to === 'rejected') {
      const confirm = await ask({
        title: `确定改为“${label}”吗？`,
        content: `改了以后不能再改回来，也不能再回复；${tip.data!.kind === 'tip' ? '举报人' : '提意见的人'}凭回执码只能看到结果，不能再补充情况。如需对方补充，请先回复、等对方补充后再改。`,
        confirmText: '确定',
        cancelText: '再想想'
      })
      if (!confirm) return
    }
    await act(() => moveTip(id, to, { unit: unit || undefined, reason: reason.trim() || undefined }), `已改为“${label}”`)
  }
  const kind = tip.data?.kind
  useEffect(() => {
    if (kind === 'feedback') void Taro.setNavigationBarTitle({ title: '投诉建议详情' })
  }, [kind])
  const flow = CASE_FLOWS[kind ?? 'tip']
  const moves = tip.data ? flow.transitions[tip.data.status] : []
  const ended = tip.data?.status === 'closed' || tip.data?.status === 'rejected'
  return (
    <StateView loading={tip.loading && !tip.data} error={tip.data ? undefined : tip.error} onRetry={() => void tip.reload()}>
      {tip.data && (
        <View>
          <View className='staff__card'>
            <View className='staff__title'>{titleOf(tip.data)}</View>
            <View className='staff__meta'>
              {tip.data.statusLabel}
              {tip.data.unit ? `（移交：${tip.data.unit}）` : ''} · {formatRoughTime(tip.data.createdAt, new Date(), 'day')}收到
              {several && ` · ${officeOf(towns.data!, tip.data.town)}`}
            </View>
            {tip.data.spam && (
              <View className='tip__spam'>
                已标为垃圾{flow.item}：不在默认列表里显示，到保留期满才删除。
                <Button className='tip__unspam' size='small' fill='outline' onClick={() => void act(() => markSpam([id], false), '已取消垃圾标记')}>
                  不是垃圾
                </Button>
              </View>
            )}
            <Facts c={tip.data} />
            <View className='tip__what'>{tip.data.content.what}</View>
            {tip.data.kind === 'tip' && <TipPhotos ids={tip.data.photoIds} />}
          </View>
          <View className='staff__card'>
            <View className='staff__title'>往来消息</View>
            {tip.data.messages.length === 0 && <View className='staff__meta'>还没有消息</View>}
            {tip.data.messages.map((m) => (
              <View key={m.id} className='staff__item'>
                <View className='staff__meta'>
                  {m.kind === 'tipster' ? flow.sender : m.kind === 'office' ? `回复（${m.author ?? ''}）` : `内部备注（${m.author ?? ''}，${flow.sender}看不到）`} ·{' '}
                  {formatRoughTime(m.at, new Date(), 'hour')}
                </View>
                <View>{m.text}</View>
              </View>
            ))}
            {ended ? (
              // The server takes no reply once a case has ended, and nothing reopens it.
              <View className='tip__ended'>
                {tip.data.status === 'closed' ? '已办结' : '已不予受理'}，不能再回复。{flow.sender}凭回执码仍能看到办理结果和已有的回复。
              </View>
            ) : (
              <>
                <Field label={`回复${flow.sender}（凭回执码能看到）`}>
                  <TextArea className='tip__reply' value={reply} onChange={setReply} rows={3} maxLength={TIP_LIMITS.message} placeholder={`写给${flow.sender}的答复：怎么处理的、结果如何`} />
                </Field>
                <Button
                  className='tip__send-reply'
                  type='primary'
                  size='small'
                  disabled={!reply.trim()}
                  onClick={() => void act(async () => (await replyToTip(id, reply.trim()), setReply('')), '已回复')}
                >
                  发送回复
                </Button>
              </>
            )}
            <Field label={`内部备注（${flow.sender}看不到）`}>
              <TextArea value={note} onChange={setNote} rows={2} maxLength={TIP_LIMITS.message} placeholder='只给办理人员看，例如：已电话联系，转综合办' />
            </Field>
            <Button size='small' fill='outline' disabled={!note.trim()} onClick={() => void act(async () => (await noteOnTip(id, note.trim()), setNote('')), '已记下')}>
              记下备注
            </Button>
          </View>
          {moves.length > 0 && (
            <View className='staff__card'>
              <View className='staff__title'>办理</View>
              {moves.includes('referred') && (
                <Field label='移交给'>
                  <Choices options={(town.data?.units ?? []).map((u) => ({ value: u, label: u }))} selected={[unit]} onChange={([v]) => setUnit(v)} />
                </Field>
              )}
              {moves.includes('rejected') && (
                <Field label='不予受理的理由（举报人会看到）'>
                  <TextArea value={reason} onChange={setReason} rows={2} maxLength={500} placeholder='说明为什么不予受理、可以去哪里反映' />
                </Field>
              )}
              <View className='staff__actions'>
                {tip.data.status === 'new' && !tip.data.spam && (
                  <Button className='tip__to-spam' fill='outline' onClick={() => void act(() => markSpam([id], true), `已标为垃圾${flow.item}`)}>
                    标为垃圾{flow.item}
                  </Button>
                )}
                {moves.map((to: TipStatusCode) => (
                  <Button
                    key={to}
                    className={`tip__to-${to}`}
                    type={to === 'rejected' ? 'default' : 'primary'}
                    disabled={(to === 'referred' && !unit) || (to === 'rejected' && !reason.trim())}
                    onClick={() => void moveTo(to)}
                  >
                    {to === 'referred' ? `移交${unit ? `给${unit}` : ''}` : `改为“${statusLabel(tip.data!.kind, to)}”`}
                  </Button>
                ))}
              </View>
            </View>
          )}
          {several && !ended && <Transfer towns={towns.data!} current={tip.data.town} noun={flow.item} onTransfer={(to) => act(() => transferTip(id, to), '已转过去')} />}
          {publisher && tip.data.kind === 'tip' && tip.data.content.organisation && !tip.data.spam && <ToExposure name={tip.data.content.organisation} />}
          {error && <View className='field__error'>{error}</View>}
        </View>
      )}
    </StateView>
  )
}

export default function TipDetailPage() {
  const id = useRouter().params.id ?? ''
  return (
    <Screen className='staff-page staff-page--narrow'>
      <StaffGate roles={['tip_handler']}>{(session) => <TipDetail id={id} publisher={hasRole(session, 'publisher')} />}</StaffGate>
    </Screen>
  )
}
