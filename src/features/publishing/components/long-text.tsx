import { TextArea } from '@nutui/nutui-react-taro'

/**
 * A text box for writing at length: a page (or a paragraph) tall, growing
 * line by line with the text (auto-height; its minimum height is staff.scss's).
 */
export function LongText({
  className,
  size,
  value,
  onChange,
  maxLength,
  disabled
}: {
  className: string
  size: 'page' | 'paragraph'
  value: string
  onChange: (next: string) => void
  maxLength: number
  disabled: boolean
}) {
  return <TextArea className={`${className} staff__long-text is-${size}`} value={value} onChange={onChange} maxLength={maxLength} autoSize disabled={disabled} />
}
