import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { syncStaffTab } from './services/staff-tab'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => syncStaffTab())
  return children
}

export default App
