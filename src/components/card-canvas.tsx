import { Canvas } from '@tarojs/components'
import type { CardCanvasSpec } from '../services/card-image'
import './card-canvas.scss'

/**
 * The 2D canvas a card picture is drawn on in WeChat (saveCardImage finds it
 * by id), kept off-screen: residents see the card itself, not the canvas.
 * Its CSS size equals its drawing buffer, so the picture is exported 1:1. A
 * browser draws on a detached canvas instead and needs none.
 */
export function CardCanvas({ id, width, height }: CardCanvasSpec) {
  if (process.env.TARO_ENV !== 'weapp') return null
  return <Canvas type='2d' id={id} className='card-canvas' style={{ width: `${width}px`, height: `${height}px` }} />
}
