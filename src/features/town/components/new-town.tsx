import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Field } from '../../../components/field'
import type { TownEntry } from '../../../core/town'
import { ApiError } from '../../../services/http'
import { messageOf } from '../../../services/feedback'
import { createTown } from '../api/town-office'
import './new-town.scss'

type Where = 'name' | 'code' | 'form'

/** Which field the server's complaint is about, so it shows under what must change. */
function whereOf(err: unknown): Where {
  if (!(err instanceof ApiError)) return 'form'
  if (err.code === 'town_code_taken' || err.code === 'reserved_code') return 'code'
  if (err.code === 'town_name_taken') return 'name'
  // A refused body names its field in the message (server/routes/town: 镇（街道）代码…, 镇（街道）名称…).
  if (err.code === 'invalid_request') return err.message.includes('代码') ? 'code' : err.message.includes('名称') ? 'name' : 'form'
  return 'form'
}

/**
 * Creates a town or street office: a name residents recognise and a code for
 * links and poster codes. The new town starts with an empty hotline and no
 * villages, so the office is offered to fill those in straight away.
 */
export function NewTown({ onCreated, onEdit }: { onCreated: (town: TownEntry) => void; onEdit: (code: string) => void }) {
  const [name, setName] = useState('')
  const [code, setCode] = useState('')
  const [error, setError] = useState<{ where: Where; message: string }>()
  const [made, setMade] = useState<TownEntry>()
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setError(undefined)
    setBusy(true)
    try {
      const town = await createTown({ name: name.trim(), code: code.trim() })
      setMade(town)
      setName('')
      setCode('')
      onCreated(town)
    } catch (err) {
      setError({ where: whereOf(err), message: messageOf(err, '没能新建，请稍后再试。') })
    } finally {
      setBusy(false)
    }
  }
  const errorAt = (where: Where) => (error?.where === where ? error.message : undefined)
  return (
    <View className='staff__card new-town'>
      {made && (
        <View className='new-town__made' role='status'>
          <View className='new-town__made-text'>
            已建好{made.name}（代码 {made.code}）。它的咨询电话和村（社区）还是空的：填好之前，选了它的居民看到的是 12345 政务服务便民热线。
          </View>
          <Button className='new-town__edit' type='primary' onClick={() => onEdit(made.code)}>
            接着填写它的热线和村（社区）
          </Button>
        </View>
      )}
      <View className='staff__title'>新建镇（街道）</View>
      <Field label='名称' hint='居民在小程序里看到、选择的名字，例如 张家窝镇、精武镇。建好后可以在上面的资料里改。' error={errorAt('name')}>
        <Input className='new-town__name' value={name} onChange={setName} maxLength={30} placeholder='例如 张家窝镇' />
      </Field>
      <Field label='代码' hint='用在分享链接和海报码里，建好后不能改。只能用小写英文字母、数字和减号（-），最多 32 位；一般写名称的拼音，例如 张家窝镇 写 zhangjiawo。' error={errorAt('code')}>
        {/* Codes are lower case: capitals typed by habit are lowered rather than refused. */}
        <Input className='new-town__code' value={code} onChange={(v) => setCode(v.toLowerCase())} maxLength={32} placeholder='例如 zhangjiawo' />
      </Field>
      {errorAt('form') && (
        <View className='field__error' role='alert'>
          {errorAt('form')}
        </View>
      )}
      <Button className='new-town__submit' type='primary' disabled={busy} onClick={() => void submit()}>
        新建
      </Button>
    </View>
  )
}
