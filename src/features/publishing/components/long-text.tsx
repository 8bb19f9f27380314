import { TextArea } from '@nutui/nutui-react-taro'
import { marksForEditing, marksFromEditing } from '../../../core/body-text'

/**
 * A text box for writing at length: a page (or a paragraph) tall, growing
 * line by line with the text (auto-height; its minimum height is staff.scss's).
 * A text that carries red-flag marks (`marked`) shows each by its label.
 */
export function LongText({
  className,
  size,
  value,
  onChange,
  maxLength,
  disabled,
  marked = false
}: {
  className: string
  size: 'page' | 'paragraph'
  value: string
  onChange: (next: string) => void
  maxLength: number
  disabled: boolean
  marked?: boolean
}) {
  return (
    <TextArea
      className={`${className} staff__long-text is-${size}`}
      value={marked ? marksForEditing(value) : value}
      onChange={marked ? (v) => onChange(marksFromEditing(v)) : onChange}
      maxLength={maxLength}
      autoSize
      disabled={disabled}
    />
  )
}
