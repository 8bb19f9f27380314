import { Text } from '@tarojs/components'
import './local-mark.scss'

/**
 * 本地 beside an item of the resident's own town. Only the resident's town's
 * items carry a town (another town's are never listed); the district's carry
 * none and are the same in every town, so they go unmarked.
 */
export function LocalMark({ town }: { town?: string | null }) {
  return town ? <Text className='local-mark'>本地</Text> : null
}
