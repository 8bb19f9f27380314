import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { keepTabLinksQuiet, sayWhenAPageCannotLoad } from './services/page-load'
import { listenForPrivacyRequests } from './services/privacy'
import { rememberTownFromLink, takeLaunchLink } from './services/town-choice'
import './app.scss'

// Once, at start: WeChat then asks the app's own popup before any privacy API runs.
listenForPrivacyRequests()
if (process.env.TARO_ENV === 'h5') {
  sayWhenAPageCannotLoad()
  keepTabLinksQuiet()
}
// In the browser nearly every visit starts at home: its code comes in the app's
// own scripts rather than being asked for once they have run, a round trip
// later (over half a second on 3G). Code that home shares with the other pages
// comes once, here, instead of in each of their chunks. WeChat keeps home a
// page of its own in the main package, as before.
if (process.env.TARO_ENV === 'h5') void import(/* webpackMode: "eager" */ './pages/index/index')
// A shared card or poster code names the town before the first page asks the server anything.
takeLaunchLink()
// WeChat brings a running app to the front for a newly tapped card or code with that card's query.
if (process.env.TARO_ENV === 'weapp') Taro.onAppShow((options) => rememberTownFromLink(options.query as Record<string, string> | undefined))

function App({ children }: PropsWithChildren) {
  return children
}

export default App
