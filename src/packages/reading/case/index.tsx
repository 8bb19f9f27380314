import { useRouter } from '@tarojs/taro'
import { caseHeadline } from '../../../core/case-kind'
import { caseScript } from '../../../core/read-aloud'
import { ReadingPage } from '../../../components/reading-page'
import { useCase } from '../../../features/cases/api/get-case'
import { CaseView } from '../../../features/cases/components/case-view'
import { routes } from '../../../routes'

export default function CasePage() {
  const id = useRouter().params.id ?? ''
  return (
    <ReadingPage resource={useCase(id)} share={(c) => ({ title: c ? caseHeadline(c) : '以案说法', path: routes.caseLesson(id) })} script={caseScript}>
      {(lesson, speaking) => <CaseView lesson={lesson} speaking={speaking} />}
    </ReadingPage>
  )
}
