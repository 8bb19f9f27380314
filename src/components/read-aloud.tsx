import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useDidHide } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { splitForSpeech, type SpokenPart } from '../core/read-aloud'
import { createSpeaker, UNSUPPORTED, type Speaker, type SpeechEvent } from '../services/speech'
import './read-aloud.scss'

type Status = 'idle' | 'speaking' | 'paused' | 'failed' | 'unsupported'

/**
 * 朗读: reads the page's title and text aloud, paragraph by paragraph, for a
 * resident who reads with difficulty. Big plain buttons (朗读全文, then 暂停 /
 * 继续 and 停止); `onPart` names the paragraph being read, so the page can
 * mark it. Silent as soon as the page is left or hidden.
 */
export function ReadAloud({ script, onPart }: { script: SpokenPart[]; onPart: (key: string | undefined) => void }) {
  const speakerRef = useRef<Speaker | null>(null)
  const speaker = (): Speaker => (speakerRef.current ??= createSpeaker())
  const availability = useRef<Promise<boolean> | null>(null)
  const [status, setStatus] = useState<Status>('idle')
  const [message, setMessage] = useState('')
  // The part last begun, where 接着读 picks up after a failure.
  const at = useRef(0)
  const chunks = useMemo(() => script.flatMap((part) => splitForSpeech(part.text, speaker().maxBytes).map((text) => ({ key: part.key, text }))), [script])
  const partRef = useRef(onPart)
  partRef.current = onPart

  useEffect(() => {
    let live = true
    availability.current = speaker().available()
    void availability.current.then((ok) => {
      if (live && !ok) setStatus('unsupported')
    })
    return () => {
      live = false
      speaker().stop()
    }
  }, [])

  const halt = useCallback(() => {
    speaker().stop()
    setStatus((s) => (s === 'speaking' || s === 'paused' ? 'idle' : s))
    partRef.current(undefined)
  }, [])
  // Another page opened over this one, or WeChat sent to the background.
  useDidHide(halt)
  // A browser tab put away (H5 has no page hide for that).
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') halt()
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => document.removeEventListener('visibilitychange', onVisibility)
  }, [halt])

  const listen = (event: SpeechEvent): void => {
    if (event.type === 'start') {
      at.current = event.index
      partRef.current(chunks[event.index]?.key)
    } else if (event.type === 'end') {
      at.current = 0
      setStatus('idle')
      partRef.current(undefined)
    } else {
      setStatus(event.unsupported ? 'unsupported' : 'failed')
      setMessage(event.message)
      if (event.unsupported) partRef.current(undefined)
    }
  }

  const read = async (from: number): Promise<void> => {
    if (!(await (availability.current ?? speaker().available()))) return setStatus('unsupported')
    setMessage('')
    setStatus('speaking')
    speaker().speak(
      chunks.map((c) => c.text),
      from,
      listen
    )
  }
  const stop = (): void => {
    at.current = 0
    speaker().stop()
    setStatus('idle')
    partRef.current(undefined)
  }

  if (chunks.length === 0) return null
  const active = status === 'speaking' || status === 'paused'
  // The one big button: what it says and does follows where the reading is.
  const main = (
    {
      idle: { label: '朗读全文', run: () => void read(0) },
      failed: { label: '接着读', run: () => void read(at.current) },
      speaking: {
        label: '暂停',
        run: () => {
          speaker().pause()
          setStatus('paused')
        }
      },
      paused: {
        label: '继续',
        run: () => {
          speaker().resume()
          setStatus('speaking')
        }
      }
    } as Partial<Record<Status, { label: string; run: () => void }>>
  )[status]
  return (
    <View className={`read-aloud${active ? ' is-active' : ''}`} role='region' aria-label='朗读'>
      {status === 'unsupported' ? (
        <View className='read-aloud__note' role='status'>
          {UNSUPPORTED}
        </View>
      ) : (
        <>
          {status === 'failed' && (
            <View className='read-aloud__note is-error' role='alert'>
              {message}
            </View>
          )}
          <View className='read-aloud__buttons'>
            {main && (
              <Button className='read-aloud__main' type='primary' size='large' block onClick={main.run}>
                {main.label}
              </Button>
            )}
            {(active || status === 'failed') && (
              <Button className='read-aloud__stop' size='large' block onClick={stop}>
                停止
              </Button>
            )}
          </View>
        </>
      )}
    </View>
  )
}
