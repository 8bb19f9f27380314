import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState, type ReactNode } from 'react'
import { Field } from '../../../components/field'
import { formatMoment } from '../../../core/dates'
import { canDo, STATUS_LABEL, type DeskRecord } from '../../../core/publishing'
import { ask } from '../../../services/feedback'
import type { DeskActions } from '../hooks/use-desk-actions'

// The parts of an editor page every desk shares (articles, case lessons, quiz
// items), so each workflow step looks and works the same wherever it is met.

type Item = DeskRecord<unknown> & { scheduled?: boolean; publishedAt?: string }

/** Status, revision and when it last changed (or when it goes live). */
export function DeskStatus({ item }: { item: Item }) {
  return (
    <View className='staff__card staff__row'>
      <View className={`staff__status is-${item.status}`}>{item.scheduled ? '已排期' : STATUS_LABEL[item.status]}</View>
      <View className='staff__meta'>
        第 {item.revision} 版 · {item.scheduled && item.publishedAt ? `${formatMoment(Date.parse(item.publishedAt))} 自动发布` : `更新于 ${formatMoment(Date.parse(item.updatedAt))}`}
      </View>
    </View>
  )
}

/**
 * The end of the writing form: the server's complaint, save, the page's own
 * buttons (`children`), and submit for review once there is something to submit.
 */
export function SaveBar({ item, actions, onSave, children }: { item: Item | null; actions: DeskActions; onSave: () => void; children?: ReactNode }) {
  return (
    <>
      {item?.status === 'review' && <View className='staff__soft edit__in-review'>正在等待审核：这时保存修改，会退回草稿，改好后要重新提交审核。</View>}
      {actions.error && (
        <View className='field__error' role='alert'>
          {actions.error}
        </View>
      )}
      <View className='staff__actions'>
        <Button className='edit__save' type='primary' loading={actions.busy} disabled={item?.status === 'published'} onClick={onSave}>
          保存
        </Button>
        {children}
        {item && canDo(item.status, 'submit') && (
          <Button className='edit__submit' fill='outline' onClick={actions.submit}>
            提交审核
          </Button>
        )}
      </View>
    </>
  )
}

/**
 * The publisher's card: publish (now, or at `publishAt`, with `children`
 * before the button, e.g. the schedule picker), send back with a reason, or withdraw, as the status allows.
 */
export function ReviewPanel({ item, actions, publishAt, children }: { item: Item; actions: DeskActions; publishAt?: string; children?: ReactNode }) {
  const [reason, setReason] = useState('')
  // Residents see it the moment it is published: asked first, as one click could slip.
  const publish = async () => {
    const content = publishAt ? `到 ${formatMoment(Date.parse(publishAt))} 自动发布，居民那时就能看到。` : '发布后，居民马上就能看到。'
    if (await ask({ title: publishAt ? '定时发布吗？' : '现在就发布吗？', content, confirmText: '发布', cancelText: '再看看' })) actions.publish(publishAt)
  }
  // And they lose it the moment it is withdrawn.
  const withdraw = async () => {
    if (await ask({ title: '现在就撤下吗？', content: '撤下后，居民马上就看不到了。以后还可以再发布。', confirmText: '撤下', cancelText: '再看看' })) actions.withdraw()
  }
  return (
    <View className='staff__card'>
      <View className='staff__title'>审核与发布</View>
      {canDo(item.status, 'publish') && (
        <>
          {children}
          <View className='staff__actions'>
            <Button className='edit__publish' type='primary' onClick={() => void publish()}>
              {publishAt ? '定时发布' : '立即发布'}
            </Button>
          </View>
        </>
      )}
      {canDo(item.status, 'reject') && (
        <Field label='退回理由'>
          <View className='staff__row'>
            <Input className='edit__reason' value={reason} onChange={setReason} maxLength={200} placeholder='告诉作者要改什么' />
            <Button className='edit__reject' fill='outline' disabled={!reason.trim()} onClick={() => actions.reject(reason.trim())}>
              退回修改
            </Button>
          </View>
        </Field>
      )}
      {canDo(item.status, 'withdraw') && (
        <Button className='edit__withdraw' fill='outline' type='danger' onClick={() => void withdraw()}>
          撤下
        </Button>
      )}
    </View>
  )
}

/** Every saved revision; any but the current one can be brought back as a new revision (not while published). */
export function RevisionList({ item, actions }: { item: Item; actions: DeskActions }) {
  if (item.revisions.length <= 1) return null
  return (
    <View className='staff__card'>
      <View className='staff__title'>历史版本</View>
      {item.revisions.map((r) => (
        <View key={r.revision} className='staff__item staff__row'>
          <View className='staff__meta'>
            第 {r.revision} 版 · {r.createdBy} · {formatMoment(Date.parse(r.createdAt))}
          </View>
          {r.revision !== item.revision && item.status !== 'published' && (
            <Button size='small' fill='outline' onClick={() => actions.restore(r.revision)}>
              恢复这一版
            </Button>
          )}
        </View>
      ))}
    </View>
  )
}
