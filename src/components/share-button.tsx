import { Button } from '@nutui/nutui-react-taro'
import { writeClipboard } from '../services/clipboard'
import { say } from '../services/feedback'
import { shareUrl } from '../services/town-choice'

/**
 * Sends what the resident is reading to a family chat. In WeChat this opens
 * the share sheet (the page's useShareAppMessage supplies the card); in a
 * browser it copies the link instead, with the resident's town in it.
 */
export function ShareButton({ label = '转发给家人朋友' }: { label?: string }) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button openType='share' type='primary' fill='outline' block size='large'>
        {label}
      </Button>
    )
  }
  const copy = () => {
    void writeClipboard(shareUrl(window.location.href)).then(
      () => say('链接已复制，可粘贴发给家人'),
      () => say('没能复制链接，请从浏览器地址栏复制')
    )
  }
  return (
    <Button type='primary' fill='outline' block size='large' onClick={copy}>
      复制链接，{label}
    </Button>
  )
}
