import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { categoryName } from '../../../core/categories'
import { importBank, setBankItem, useBank } from '../../../features/quiz/api/bank'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { hasRole, type StaffSession } from '../../../services/staff-session'
import { messageOf, sayError } from '../../../services/feedback'
import '../staff.scss'

const STATUS = [
  { value: 'review', label: '待审核' },
  { value: 'published', label: '已发布' },
  { value: 'withdrawn', label: '已撤下' }
]
const KIND: Record<string, string> = { judge: '判断', flags: '多选', choice: '单选' }
const HEADER = '题型,分类,难度,适合人群,题目,广告来源,广告原文,选项A,选项B,选项C,选项D,选项E,正确答案,选项红旗,红旗,解析'

function Bank({ session }: { session: StaffSession }) {
  const [status, setStatus] = useState('review')
  const [report, setReport] = useState<string>()
  const bank = useBank(status)
  const items = bank.data?.items ?? []

  // Importing is a desk job: the browser's file picker reads CSV and XLSX.
  const pickFile = () => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,.xlsx'
    input.onchange = () => {
      const file = input.files?.[0]
      if (!file) return
      importBank(file).then(
        (n) => {
          setReport(`已导入 ${n} 道题，等待审核发布。`)
          setStatus('review')
          void bank.reload()
        },
        (err: unknown) => setReport(messageOf(err, '导入失败'))
      )
    }
    input.click()
  }

  const toggle = (id: string, publish: boolean) =>
    void setBankItem(id, publish).then(
      () => bank.reload(),
      (err: unknown) => sayError(err, '操作失败')
    )

  return (
    <View>
      <View className='staff__card'>
        <View className='staff__title'>批量导入</View>
        <View className='staff__soft'>用 CSV（UTF-8）或 XLSX，第一行表头：{HEADER}。题型填 判断/单选/多选；分类和红旗填代码；正确答案填字母（如 A 或 AB）；多选题的“选项红旗”按选项顺序写红旗代码，用 | 分开。有一行不对就一道也不导入，并逐行说明。</View>
        {process.env.TARO_ENV === 'h5' ? (
          <Button type='primary' onClick={pickFile}>
            选择文件导入
          </Button>
        ) : (
          <View className='staff__soft'>请在电脑浏览器里打开本页导入。</View>
        )}
        {report && <View className='quiz-bank__report'>{report}</View>}
      </View>
      <View className='staff__card'>
        <Choices options={STATUS} selected={[status]} onChange={([v]) => setStatus(v)} />
      </View>
      <StateView loading={bank.loading} error={bank.error} empty={items.length === 0} emptyText='这里没有题目' onRetry={() => void bank.reload()}>
        <View className='staff__card'>
          {items.map((q) => (
            <View key={q.id} className='staff__item'>
              <View className='staff__item-title'>{q.prompt}</View>
              <View className='staff__meta'>
                {KIND[q.kind] ?? q.kind} · {categoryName(q.category)} · 难度 {q.difficulty}
              </View>
              {hasRole(session, 'publisher') && (
                <View className='staff__actions'>
                  {q.status !== 'published' && (
                    <Button size='small' type='primary' onClick={() => toggle(q.id, true)}>
                      发布
                    </Button>
                  )}
                  {q.status === 'published' && (
                    <Button size='small' fill='outline' onClick={() => toggle(q.id, false)}>
                      撤下
                    </Button>
                  )}
                </View>
              )}
            </View>
          ))}
        </View>
      </StateView>
    </View>
  )
}

export default function QuizBankPage() {
  return (
    <Screen>
      <StaffGate roles={['editor', 'publisher']}>{(session) => <Bank session={session} />}</StaffGate>
    </Screen>
  )
}
