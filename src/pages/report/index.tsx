import { ReportScreen } from './report-screen'
import { useStaffTabLabel } from '../../services/staff-tab'

/** The 举报 tab: the tip form, empty. */
export default function Report() {
  useStaffTabLabel()
  return <ReportScreen />
}
