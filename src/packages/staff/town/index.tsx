import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import type { TownEntry } from '../../../core/town'
import { getRetention, sealOldCasesToTown, setRetention } from '../../../features/tips/api/tips'
import { useOfficeTowns, useTownProfile } from '../../../features/town/api/town-office'
import { NewTown } from '../../../features/town/components/new-town'
import { TownProfileForm } from '../../../features/town/components/town-profile-form'
import { TownSwitcher } from '../../../features/town/components/town-switcher'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { StaffTableHead } from '../../../features/staff/components/staff-table-head'
import { ask, messageOf, say } from '../../../services/feedback'
import { hasRole } from '../../../services/staff-session'
import '../staff.scss'
import './index.scss'

/** How long closed tips (and their photos) are kept before they are deleted: one setting for the whole deployment. */
function Retention({ district }: { district: boolean }) {
  const [days, setDays] = useState('')
  const [error, setError] = useState<string>()
  useEffect(() => {
    void getRetention().then(
      (r) => setDays(String(r.days)),
      () => undefined
    )
  }, [])
  const save = async () => {
    setError(undefined)
    try {
      await setRetention(Number(days))
      say('已保存')
    } catch (err) {
      setError(messageOf(err, '保存失败'))
    }
  }
  return (
    <View className='staff__card'>
      <Field label={district ? '已办结线索保留天数（全区各镇相同）' : '已办结线索保留天数'} hint='到期后线索连同照片一起删除，删除会记入操作记录。默认 365 天。' error={error}>
        <View className='staff__row'>
          <Input type='number' value={days} onChange={setDays} maxLength={4} />
          <Button size='small' type='primary' onClick={() => void save()}>
            保存
          </Button>
        </View>
      </Field>
    </View>
  )
}

/** The chosen town's profile form; keyed by code above, so typing never carries over from one town to another. */
function TownEditor({ code, named, onSaved, onDirty }: { code: string; named: boolean; onSaved: () => void; onDirty: (dirty: boolean) => void }) {
  const profile = useTownProfile(code)
  const data = profile.data
  return (
    <StateView loading={profile.loading} error={profile.error} onRetry={() => void profile.reload()}>
      {data && (
        <TownProfileForm
          code={code}
          town={data}
          named={named}
          onDirty={onDirty}
          onSaved={() => {
            void profile.reload()
            onSaved()
          }}
        />
      )}
    </StateView>
  )
}

/** The district's towns; with several, each row leads to its profile, which the form above then shows. */
/**
 * `handler`: the signed-in admin also handles tips, so may give a town's own
 * office the cases it received before towns had keys of their own.
 */
function Towns({ towns, current, handler, onEdit }: { towns: TownEntry[]; current: string; handler: boolean; onEdit: (code: string) => void }) {
  const several = towns.length > 1
  const handOver = async (t: TownEntry) => {
    try {
      const { cases } = await sealOldCasesToTown(t.code)
      say(cases > 0 ? `已把 ${cases} 条交给${t.name}办理` : `${t.name}没有分镇之前的线索要交`)
    } catch (err) {
      say(messageOf(err, '没能交过去'))
    }
  }
  return (
    <View className={`staff__card staff__table town-page__list ${several ? '' : 'staff__table--no-actions'}`}>
      <StaffTableHead columns={several ? ['名称', '代码', '资料'] : ['名称', '代码']} />
      {towns.map((t) => (
        <View key={t.code} className='staff__item town-page__town'>
          <View className='staff__item-title'>{t.name}</View>
          <View className='town-page__code'>代码 {t.code}</View>
          {several && (
            <View className='staff__actions'>
              {t.code === current ? (
                <View className='town-page__editing'>正在上面编辑</View>
              ) : (
                <Button className='town-page__edit' size='small' fill='outline' onClick={() => onEdit(t.code)}>
                  修改资料
                </Button>
              )}
              {handler && (
                <Button className='town-page__hand-over' size='small' fill='outline' onClick={() => void handOver(t)}>
                  分镇前的线索交给本镇
                </Button>
              )}
            </View>
          )}
        </View>
      ))}
    </View>
  )
}

/** `own`: the town of a town office's admin, who edits that town alone; undefined for the district's admins. */
function TownPage({ own, handler }: { own?: string; handler: boolean }) {
  const towns = useOfficeTowns()
  const items = (towns.data ?? []).filter((t) => !own || t.code === own)
  const [picked, setPicked] = useState<string>()
  // The first town (the deployment's default) until the office picks another.
  const current = picked && items.some((t) => t.code === picked) ? picked : items[0]?.code
  const dirty = useRef(false)
  const onDirty = useCallback((d: boolean) => {
    dirty.current = d
  }, [])
  const reloadTowns = towns.reload

  const pick = async (code: string) => {
    if (dirty.current) {
      const name = items.find((t) => t.code === current)?.name ?? ''
      const confirm = await ask({ title: '还没保存', content: `${name}的资料改了还没保存。换到别的镇，这些改动就不要了？`, confirmText: '不要了', cancelText: '回去保存' })
      if (!confirm) return
    }
    dirty.current = false
    setPicked(code)
  }
  const edit = async (code: string) => {
    await pick(code)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }

  return (
    <StateView loading={towns.loading} error={towns.error} onRetry={() => void reloadTowns()}>
      {current && (
        <View className='town-page'>
          <View className='town-page__editor'>
            {items.length > 1 && <TownSwitcher towns={items} current={current} onPick={(code) => void pick(code)} />}
            <TownEditor key={current} code={current} named={items.length > 1} onDirty={onDirty} onSaved={() => void reloadTowns()} />
          </View>
          {!own && <Retention district={items.length > 1} />}
          {!own && (
            <View className='town-page__towns'>
              <View className='staff__title'>本区的镇（街道）</View>
              <View className='staff__soft'>每个镇（街道）有自己的热线和村（社区）。代码用在分享链接和海报码里，建好后不能改。</View>
              <Towns towns={items} current={current} handler={handler} onEdit={(code) => void edit(code)} />
              <NewTown onCreated={() => void reloadTowns()} onEdit={(code) => void edit(code)} />
            </View>
          )}
        </View>
      )}
    </StateView>
  )
}

export default function TownPageRoot() {
  return (
    <Screen className='staff-page staff-page--narrow'>
      <StaffGate roles={['admin']}>{(session) => <TownPage own={session.town ?? undefined} handler={hasRole(session, 'tip_handler')} />}</StaffGate>
    </Screen>
  )
}
