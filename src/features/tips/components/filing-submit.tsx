import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { SendingPhase } from '../api/tips'

/**
 * The end of an anonymous form (a tip, a piece of feedback): the problem that stopped it, read out first, and the one
 * button whose words say which step is under way, since the proof of work before sending can take seconds on an old phone.
 */
export function FilingSubmit({ className, error, busy, onSubmit }: { className: string; error?: string; busy: SendingPhase | null; onSubmit: () => void }) {
  return (
    <>
      {error && (
        <View className='field__error' role='alert'>
          {error}
        </View>
      )}
      <Button className={className} type='primary' size='large' block loading={busy !== null} onClick={onSubmit}>
        {busy === 'checking' ? '正在安全校验…' : busy === 'sending' ? '正在安全提交…' : '匿名提交'}
      </Button>
    </>
  )
}
