import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { canDo, STATUS_LABEL } from '../../../core/publishing'
import { quizItemSummary } from '../../../core/quiz-item'
import { publishItem, withdrawItem } from '../../../features/publishing/api/desk'
import { importBank, useBank, type BankItem } from '../../../features/quiz/api/bank'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { StaffTableHead } from '../../../features/staff/components/staff-table-head'
import { routes } from '../../../routes'
import { hasRole, type StaffSession } from '../../../services/staff-session'
import { ask, messageOf, sayError } from '../../../services/feedback'
import '../staff.scss'

const STATUS = (['review', 'draft', 'published', 'withdrawn'] as const).map((value) => ({ value, label: STATUS_LABEL[value] }))
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

  // Publishing from the list puts live the revision listed; if it changed since, the list is loaded again with the server's word.
  // Either way the next round drawn changes at once: asked first, as in the editor.
  const toggle = async (item: BankItem, publish: boolean) => {
    // Many questions share a prompt ("这条宣传里有哪些危险信号？"): the line under it tells them apart, so the dialog names both.
    const which = `“${item.prompt}”（${quizItemSummary(item)}）`
    const asked = publish
      ? { title: '现在就发布这道题吗？', content: `${which}发布后，马上会出现在居民的答题里。`, confirmText: '发布' }
      : { title: '现在就撤下这道题吗？', content: `${which}撤下后，不再出现在答题里。以后还可以再发布。`, confirmText: '撤下' }
    if (!(await ask({ ...asked, cancelText: '再看看' }))) return
    await (publish ? publishItem('quiz', item.id, item.revision) : withdrawItem('quiz', item.id)).then(
      () => bank.reload(),
      (err: unknown) => {
        sayError(err, '操作失败')
        void bank.reload()
      }
    )
  }

  return (
    <View>
      <View className='staff__card staff__row'>
        <View className='quiz-bank__lead'>一道一道写：写好保存为草稿，提交审核，发布员发布后就会出现在答题里。</View>
        <Button className='quiz-bank__new' type='primary' onClick={() => void Taro.navigateTo({ url: routes.quizItem() })}>
          新建题目
        </Button>
      </View>
      <View className='staff__card'>
        <View className='staff__title'>批量导入</View>
        <View className='staff__soft'>
          用 CSV（UTF-8）或 XLSX，第一行表头：{HEADER}。题型填
          判断/单选/多选；分类、适合人群和红旗填名称，和编辑题目时看到的一样（如分类填“养老投资”，适合人群填“老年人”，红旗填“承诺保本、无风险”），几个人群或红旗用逗号分开；正确答案填字母（如 A 或
          AB）；多选题的“选项红旗”按选项顺序写红旗名称，用 | 分开。有一行不对就一道也不导入，并逐行说明。
        </View>
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
      <StateView
        loading={bank.loading}
        error={bank.error}
        empty={items.length === 0}
        emptyText={status === 'review' ? '没有等待审核的题目。已经发布的题在“已发布”里。' : `没有${STATUS_LABEL[status as keyof typeof STATUS_LABEL]}的题目`}
        onRetry={() => void bank.reload()}
      >
        <View className='staff__card staff__table'>
          <StaffTableHead columns={['题目', '题型 · 状态', hasRole(session, 'publisher') ? '操作' : '']} />
          {items.map((q) => (
            <View key={q.id} className='staff__item'>
              {/* The whole row opens the editor, as a desk list does. */}
              <View className='quiz-bank__open' onClick={() => void Taro.navigateTo({ url: routes.quizItem(q.id) })}>
                <View className='staff__item-title'>{q.prompt}</View>
                <View className='staff__meta'>{quizItemSummary(q)} · 编辑 ›</View>
              </View>
              {hasRole(session, 'publisher') && (
                <View className='staff__actions'>
                  {canDo(q.status, 'publish') && (
                    <Button size='small' type='primary' onClick={() => void toggle(q, true)}>
                      发布
                    </Button>
                  )}
                  {canDo(q.status, 'withdraw') && (
                    <Button size='small' fill='outline' onClick={() => void toggle(q, false)}>
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
    <Screen className='staff-page'>
      <StaffGate roles={['editor', 'publisher']}>{(session) => <Bank session={session} />}</StaffGate>
    </Screen>
  )
}
