import { Image, Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { parseBody, parseInlines, type Inline } from '../core/body-text'
import { imageUrl } from '../services/http'
import './body-text.scss'

function Inlines({ inlines }: { inlines: Inline[] }) {
  // A flag is named at its first mark in a run of text; later words showing the same sign are only highlighted, so
  // one sentence does not carry the same label three times and stay readable at 大字.
  const first = inlines.map((part, i) => part.flag !== undefined && inlines.findIndex((p) => p.flag?.code === part.flag?.code) === i)
  return (
    <>
      {inlines.map((part, i) =>
        part.flag ? (
          <Text key={i} className='body-text__flag'>
            <Text className='body-text__flag-words'>{part.text}</Text>
            {first[i] && <Text className='body-text__flag-label'>⚑{part.flag.label}</Text>}
          </Text>
        ) : (
          <Text key={i} className={part.strong ? 'body-text__strong' : undefined}>
            {part.text}
          </Text>
        )
      )}
    </>
  )
}

/**
 * One run of marked text (a quiz advert): red-flag words highlighted with their
 * label, as in a case story, but kept as one block so the caller's style keeps
 * the advert's own line breaks.
 */
export function MarkedText({ source }: { source: string }) {
  const inlines = useMemo(() => parseInlines(source), [source])
  return <Inlines inlines={inlines} />
}

/**
 * Article and lesson text, rendered from parsed data with text components only
 * (never as HTML); `speaking` is the index of the block being read aloud.
 */
export function BodyText({ source, speaking }: { source: string; speaking?: number }) {
  const blocks = useMemo(() => parseBody(source), [source])
  return (
    <View className='body-text'>
      {blocks.map((block, i) => {
        const read = i === speaking ? ' is-speaking' : ''
        switch (block.type) {
          case 'image':
            return (
              <View key={i} className={`body-text__figure${read}`}>
                <Image className='body-text__image' src={imageUrl(block.id)} mode='widthFix' lazyLoad showMenuByLongpress />
                {block.alt && <View className='body-text__caption'>{block.alt}</View>}
              </View>
            )
          case 'heading':
            return (
              <View key={i} className={`body-text__heading${read}`}>
                <Inlines inlines={block.inlines} />
              </View>
            )
          case 'quote':
            return (
              <View key={i} className={`body-text__quote${read}`}>
                <Inlines inlines={block.inlines} />
              </View>
            )
          case 'list':
            return (
              <View key={i} className={`body-text__list${read}`}>
                {block.items.map((item, j) => (
                  <View key={j} className='body-text__item'>
                    <Text className='body-text__bullet'>•</Text>
                    <View className='body-text__item-text'>
                      <Inlines inlines={item} />
                    </View>
                  </View>
                ))}
              </View>
            )
          default:
            return (
              <View key={i} className={`body-text__para${read}`}>
                <Inlines inlines={block.inlines} />
              </View>
            )
        }
      })}
    </View>
  )
}
