import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { sayWhenAPageCannotLoad } from './services/page-load'
import { listenForPrivacyRequests } from './services/privacy'
import { rememberTownFromLink, takeLaunchLink } from './services/town-choice'
import './app.scss'

// Once, at start: WeChat then asks the app's own popup before any privacy API runs.
listenForPrivacyRequests()
if (process.env.TARO_ENV === 'h5') sayWhenAPageCannotLoad()
// A shared card or poster code names the town before the first page asks the server anything.
takeLaunchLink()
// WeChat brings a running app to the front for a newly tapped card or code with that card's query.
if (process.env.TARO_ENV === 'weapp') Taro.onAppShow((options) => rememberTownFromLink(options.query as Record<string, string> | undefined))

function App({ children }: PropsWithChildren) {
  return children
}

export default App
