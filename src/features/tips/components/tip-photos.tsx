import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { mapLimit } from '../../../core/concurrency'
import { downloadStaffFile } from '../../../services/http'

/** Photos downloaded at once: WeChat allows 10 requests in flight for the whole mini-program, and the page needs some for itself. */
export const PHOTO_DOWNLOADS_AT_ONCE = 4

type Slot = { state: 'loading' } | { state: 'ready'; path: string } | { state: 'failed' }

/** A tip's photos, decrypted for the signed-in handler only, so each comes through an authorised download. */
export function TipPhotos({ ids }: { ids: string[] }) {
  const [slots, setSlots] = useState<Slot[]>([])
  // The same photos in a new array (a re-render of the tip) are not fetched again.
  const key = ids.join(',')
  useEffect(() => {
    const list = key ? key.split(',') : []
    let alive = true
    setSlots(list.map(() => ({ state: 'loading' })))
    const show = (i: number, slot: Slot) => alive && setSlots((s) => s.map((old, j) => (j === i ? slot : old)))
    void mapLimit(list, PHOTO_DOWNLOADS_AT_ONCE, async (id, i) => {
      // A photo shows as soon as it arrives; one that fails does not stop the rest.
      if (!alive) return
      try {
        show(i, { state: 'ready', path: await downloadStaffFile(`/api/admin/tips/photos/${id}`) })
      } catch {
        show(i, { state: 'failed' })
      }
    })
    return () => {
      alive = false
    }
  }, [key])
  if (ids.length === 0) return <View className='staff__meta'>没有照片</View>
  const ready = slots.flatMap((s) => (s.state === 'ready' ? [s.path] : []))
  return (
    <View className='staff__row'>
      {slots.map((s, i) =>
        s.state === 'ready' ? (
          <View key={i} className='tip__photo' onClick={() => void Taro.previewImage({ urls: ready, current: s.path })}>
            <Image className='tip__photo-image' src={s.path} mode='aspectFill' />
          </View>
        ) : (
          <View key={i} className='tip__photo tip__photo-state staff__meta'>
            {s.state === 'loading' ? '照片加载中…' : '照片打不开'}
          </View>
        )
      )}
    </View>
  )
}
