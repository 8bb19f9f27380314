import type { PropsWithChildren } from 'react'
import { listenForPrivacyRequests } from './services/privacy'
import './app.scss'

// Once, at start: WeChat then asks the app's own popup before any privacy API runs.
listenForPrivacyRequests()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
