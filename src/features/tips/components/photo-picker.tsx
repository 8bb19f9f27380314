import { Image, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { TIP_LIMITS } from '../../../core/tips'
import { choosePictures } from '../../../services/media'
import { askPrivacy } from '../../../services/privacy'
import { uploadTipPhoto } from '../api/tips'
import { messageOf } from '../../../services/feedback'
import './photo-picker.scss'

export interface PickedPhoto {
  id: string
  preview: string
}

/** Up to six photos (flyers, chat screenshots, contracts), uploaded as they are chosen, for the tip's `town` (undefined: the resident's). */
export function PhotoPicker({ photos, onChange, town }: { photos: PickedPhoto[]; onChange: (next: PickedPhoto[]) => void; town?: string }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const room = TIP_LIMITS.photos - photos.length
  const pick = async () => {
    setError(undefined)
    try {
      await askPrivacy('您没有同意隐私保护指引，所以现在不能选照片。想加照片，请再点一次并选“同意”；不加照片也可以直接提交。')
      const chosen = await choosePictures(room)
      if (chosen.length === 0) return
      setBusy(true)
      const added: PickedPhoto[] = []
      for (const path of chosen) {
        const { id } = await uploadTipPhoto(path, town)
        added.push({ id, preview: path })
      }
      onChange([...photos, ...added])
    } catch (err) {
      setError(messageOf(err, '照片没有传上去，请再试一次。'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View>
      <View className='photo-picker'>
        {photos.map((p) => (
          <View key={p.id} className='photo-picker__item'>
            <Image className='photo-picker__image' src={p.preview} mode='aspectFill' />
            <View className='photo-picker__remove' onClick={() => onChange(photos.filter((x) => x.id !== p.id))}>
              删除
            </View>
          </View>
        ))}
      </View>
      {room > 0 && (
        <>
          <Button className='photo-picker__add' fill='outline' loading={busy} onClick={() => void pick()}>
            {busy ? '正在上传…' : '添加照片'}
          </Button>
          {/* Under the button, not in it: 添加照片（还能加 6 张） broke in the middle of both at 320 px with 大字. */}
          {photos.length > 0 && <View className='photo-picker__room'>还能加 {room} 张</View>}
        </>
      )}
      {error && <View className='field__error'>{error}</View>}
    </View>
  )
}
