import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { AGREE_BUTTON_ID, answerPrivacy, usePrivacyRequest } from '../services/privacy'
import { say } from '../services/feedback'
import './privacy-popup.scss'

const openContract = () => Taro.openPrivacyContract({ fail: () => say('暂时打不开隐私保护指引，请稍后再试') })

/**
 * The app's own privacy popup, shown while WeChat waits for the resident's
 * answer (see services/privacy.ts). Every page's Screen hosts it, so whichever
 * page uses a privacy API, the question is asked there.
 */
export function PrivacyPopup() {
  const asked = usePrivacyRequest()
  if (!asked) return null
  return (
    <View className='privacy-popup' role='dialog' aria-label='隐私保护提示'>
      <View className='privacy-popup__sheet'>
        <View className='privacy-popup__title'>隐私保护提示</View>
        <View className='privacy-popup__text'>
          选照片、复制或粘贴文字、把图片存到相册之前，请您先阅读并同意
          <Text className='privacy-popup__link' onClick={openContract}>
            《隐私保护指引》
          </Text>
          。不同意也可以继续看文章、答题和匿名举报（不带照片）。
        </View>
        <View className='privacy-popup__actions'>
          <Button className='privacy-popup__disagree' size='large' fill='outline' onClick={() => answerPrivacy(false)}>
            不同意
          </Button>
          {/* WeChat only lets the waiting API go on after a tap on this open-type button, reported by its own event. */}
          <Button id={AGREE_BUTTON_ID} className='privacy-popup__agree' type='primary' size='large' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={() => answerPrivacy(true)}>
            同意
          </Button>
        </View>
      </View>
    </View>
  )
}
