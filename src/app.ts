import type { PropsWithChildren } from 'react'
import { sayWhenAPageCannotLoad } from './services/page-load'
import { listenForPrivacyRequests } from './services/privacy'
import './app.scss'

// Once, at start: WeChat then asks the app's own popup before any privacy API runs.
listenForPrivacyRequests()
if (process.env.TARO_ENV === 'h5') sayWhenAPageCannotLoad()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
