import { createHash } from 'node:crypto'
import { FOUR_SIGNS, FOUR_SIGNS_RULE } from '../../src/core/four-signs'
import { hotlineCardWords } from '../../src/core/hotlines'
import { HOTLINE_TOWN_META, type Hotline } from '../../src/core/reading-types'
import { HOME_BANNER, sloganHalves } from '../../src/core/slogans'
import { numberWithVerb } from '../../src/core/words'

/**
 * Home's first paint in the H5 page: the banner, the hotline card and the
 * four signs as plain HTML and CSS in the page the server sends, so a phone
 * on 3G shows them (and calls with a tel: link) as soon as the page itself
 * has arrived, before the app's scripts have come and run, which on a slow
 * line and a slow CPU takes seconds. The app's own home removes it once it is
 * on screen (src/services/first-paint.ts). The words come from the same core
 * functions as the app's card, so the two never differ.
 */

const escapeHtml = (text: string): string => text.replace(/[&"<>']/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', "'": '&#39;' })[c] ?? c)
const tel = (phone: string): string => `tel:${phone.replace(/[^0-9+]/g, '')}`

// Colours and sizes as the app's theme (src/styles/theme.scss) and home's styles give them, at the app's body size of 17 px.
const STYLE = `<style>
.first-paint{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1000;overflow-y:auto;box-sizing:border-box;padding:.6em .6em 2em;background:#f6f4f1;color:#1f1f1f;font:17px/1.6 -apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;-webkit-text-size-adjust:100%;text-size-adjust:100%}
.first-paint.is-large{font-size:22px}
.first-paint a{text-decoration:none}
.first-paint__banner{display:flex;flex-wrap:wrap;align-items:center;justify-content:flex-end;gap:.5em;margin:-.6em -.6em .6em;padding:.8em .8em .9em;background:#b3261e;color:#fff}
.first-paint__words{flex:1 1 10em}
.first-paint__switch-room{width:6.4em;height:2.6em;min-height:48px}
.first-paint__slogan{font-size:1.2em;font-weight:bold;display:flex;flex-wrap:wrap;column-gap:1em;overflow:hidden}
.first-paint__half{position:relative}
.first-paint__unit{display:inline-block}
.first-paint__half+.first-paint__half::before{content:'·';position:absolute;right:100%;width:1em;text-align:center}
.first-paint__sub{opacity:.92}
.first-paint__card{padding:.8em;border-radius:.5em;background:#fff;border:2px solid #b3261e}
.first-paint__title{font-size:1.15em;font-weight:bold;color:#8c1d18}
.first-paint__hint{margin:.2em 0 .6em;color:#555}
.first-paint__name{font-weight:bold}
.first-paint__soft{color:#555;line-height:1.5;margin-bottom:.4em}
.first-paint__call{display:flex;align-items:center;justify-content:center;min-height:49px;border-radius:.5em;background:#b3261e;background:linear-gradient(135deg,#b3261e,#8c1d18);color:#fff;font-size:1.15em;font-weight:bold}
.first-paint__status{margin:.5em 0 .3em;font-weight:bold}
.first-paint__status.is-open{color:#1b6e3a}
.first-paint__status.is-closed{color:#7a4a00}
.first-paint__line{display:flex;line-height:1.5;margin-top:.2em}
.first-paint__key{flex:none;margin-right:.5em;color:#555}
.first-paint__other{display:flex;align-items:center;justify-content:space-between;margin-top:.7em;padding-top:.6em;border-top:1px solid #e3ded7;min-height:46px;color:#1f1f1f}
.first-paint__other-name{font-weight:bold;font-size:.95em}
.first-paint__other-phone{flex:none;margin-left:.5em;color:#8c1d18;font-weight:bold;border:2px solid #b3261e;border-radius:.5em;padding:.3em .6em}
.first-paint__card+.first-paint__card{margin-top:.8em}
.first-paint__urgent-title{font-weight:bold;color:#7a4a00;margin-bottom:.4em}
.first-paint__urgent-row{display:flex;margin-bottom:.4em}
.first-paint__urgent-row a{flex:1;display:flex;align-items:center;justify-content:center;min-height:48px;box-sizing:border-box;border-radius:.5em;border:1px solid #b3261e;font-size:1.05em;font-weight:bold}
.first-paint__urgent-row a+a{margin-left:.5em}
.first-paint__police{background:#8c1d18;color:#fff}
.first-paint__anti-fraud{background:#fff;color:#b3261e}
.first-paint.is-other-town .first-paint__ask{display:none}
.first-paint__signs{margin-top:.8em;padding:.8em;border-radius:.5em;background:#fff;border:1px solid #e3ded7}
.first-paint__signs-title{font-size:1.1em;font-weight:bold;margin-bottom:.5em}
.first-paint__grid{display:flex;flex-wrap:wrap;justify-content:space-between}
.first-paint__item{box-sizing:border-box;width:calc(50% - .25em);margin-bottom:.5em;padding:.5em;border-radius:.4em;background:#fdecea}
.first-paint__tag{display:inline-block;padding:0 .35em;border-radius:.25em;background:#b3261e;color:#fff;font-size:.9em}
.first-paint__head{margin-top:.25em;font-weight:bold}
.first-paint__text{line-height:1.5}
.first-paint__foot{color:#8c1d18}
</style>`

/**
 * Runs as the page is read, before the first paint. The copy is home's: a
 * link to any other page (an article, the office's desk) hides it at once,
 * as does moving to another page before the app has come. The page carries
 * the hotline of the default town or of the town its link named: a resident
 * who chose another town, or whose link names one (src/services/town-choice.ts
 * keeps it under town:choice, in Taro's {"data": ...} storage), is not shown that town's
 * number, as the app's own card does not show it (src/services/hotline.ts).
 * 大字 (src/services/font-scale.ts, pref:large-type) applies from the start.
 * ES5, for the old phones the build targets.
 */
const SCRIPT = `(function () {
  var el = document.getElementById('first-paint')
  if (!el) return
  function stored(key) {
    try {
      var item = JSON.parse(localStorage.getItem(key) || 'null')
      return item && typeof item === 'object' ? item.data : undefined
    } catch (e) {
      return undefined
    }
  }
  function code(value) {
    return typeof value === 'string' && /^[a-z0-9-]{1,32}$/.test(value) && value !== 'district' ? value : ''
  }
  // A link's town= (before the route or in its query) becomes the resident's town as the app starts (takeLaunchLink).
  var link = /[?&]town=([^&#]*)/.exec(location.search) || /[?&]town=([^&#]*)/.exec(location.hash)
  var choice = stored('town:choice')
  var town = (link && code(link[1])) || (choice && code(choice.town)) || ''
  var meta = document.querySelector('meta[name="${HOTLINE_TOWN_META}"]')
  if (town !== (meta ? meta.getAttribute('content') : '')) el.className += ' is-other-town'
  if (stored('pref:large-type') === true) el.className += ' is-large'
  function place() {
    var route = location.hash.replace(/^#\\/?/, '').split('?')[0]
    el.style.display = route === '' || route === 'pages/index/index' ? '' : 'none'
  }
  place()
  window.addEventListener('hashchange', place)
})()`

/** The script's hash for the Content-Security-Policy, which otherwise allows no inline script. */
export const FIRST_PAINT_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`

/** The markup for one hotline, as the app's home shows it at this moment. */
export function firstPaintMarkup(hotline: Hotline, now: Date): string {
  const words = hotlineCardWords(hotline, now)
  const e = escapeHtml
  const ask = [
    `<div class="first-paint__title">${e(words.title)}</div>`,
    `<div class="first-paint__hint">${e(words.hint)}</div>`,
    `<div class="first-paint__name">${e(words.name)}</div>`,
    `<div class="first-paint__soft">${e(words.soft)}</div>`,
    // The number keeps to its verb on a narrow line, as on the app's button (一键 | 拨打 12345).
    `<a class="first-paint__call" href="${e(tel(words.call.phone))}"><span>${numberWithVerb(words.call.label)
      .map((w) => `<span class="first-paint__unit">${e(w)}</span>`)
      .join('')}</span></a>`,
    words.status ? `<div class="first-paint__status ${words.status.open ? 'is-open' : 'is-closed'}">${e(words.status.text)}</div>` : '',
    words.place ? `<div class="first-paint__line"><span class="first-paint__key">${e(words.place.key)}</span><span>${e(words.place.text)}</span></div>` : '',
    words.other
      ? `<a class="first-paint__other" href="${e(tel(words.other.phone))}"><div><div class="first-paint__other-name">${e(words.other.name)}</div><div class="first-paint__soft">${e(words.other.when)}</div></div><span class="first-paint__other-phone">${e(words.other.label)}</span></a>`
      : ''
  ].join('')
  const { urgent } = words
  const signs = FOUR_SIGNS.map(
    (s) => `<div class="first-paint__item"><span class="first-paint__tag">${e(s.key)}</span><div class="first-paint__head">${e(s.title)}</div><div class="first-paint__text">${e(s.text)}</div></div>`
  ).join('')
  return (
    `<div id="first-paint" class="first-paint">` +
    // The room 大字's switch takes in the app's banner, which arrives with the app: the text wraps as it will then, and nothing jumps.
    `<div class="first-paint__banner"><div class="first-paint__words"><div class="first-paint__slogan">${sloganHalves(HOME_BANNER.slogan)
      .map((h) => `<span class="first-paint__half">${e(h)}</span>`)
      .join(' ')}</div><div class="first-paint__sub">${e(HOME_BANNER.sub)}</div></div><div class="first-paint__switch-room"></div></div>` +
    // 110 and 96110 in a card of their own, as on the app's home, which puts 广告体检 between the two cards.
    `<div class="first-paint__card"><div class="first-paint__ask">${ask}</div></div>` +
    `<div class="first-paint__card"><div class="first-paint__urgent"><div class="first-paint__urgent-title">${e(urgent.title)}</div>` +
    `<div class="first-paint__urgent-row"><a class="first-paint__police" href="${e(tel(urgent.police.phone))}">${e(urgent.police.label)}</a><a class="first-paint__anti-fraud" href="${e(tel(urgent.antiFraud.phone))}">${e(urgent.antiFraud.label)}</a></div>` +
    `<div class="first-paint__soft">${e(urgent.note)}</div></div></div>` +
    // The same words as the app's FourSigns, which adds the loss is one's own after the rule.
    `<div class="first-paint__signs"><div class="first-paint__signs-title">看清非法集资的四个特征</div><div class="first-paint__grid">${signs}</div><div class="first-paint__foot">${e(FOUR_SIGNS_RULE)}参与非法集资的损失要自己承担。</div></div>` +
    `</div>`
  )
}

const STYLESHEET = /<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi

/**
 * The built page with room for the first paint. The build links its
 * stylesheet in the head, which holds back every paint until it has come (a
 * whole round trip, over half a second on 3G); after the copy in the body it
 * holds back only what follows it, the app, which needs it anyway.
 */
export function firstPaintPage(built: string): (head: string, hotline: Hotline, now: Date) => string {
  const sheets = (built.match(STYLESHEET) ?? []).join('')
  const page = built.replace(STYLESHEET, '')
  const headEnd = page.indexOf('</head>')
  const body = /<body\b[^>]*>/i.exec(page)
  if (headEnd < 0 || !body || body.index < headEnd) throw new Error('index.html: no head before a body')
  const at = body.index + body[0].length
  const [start, middle, end] = [page.slice(0, headEnd) + STYLE, page.slice(headEnd, at), page.slice(at)]
  return (head, hotline, now) => start + head + middle + firstPaintMarkup(hotline, now) + `<script>${SCRIPT}</script>` + sheets + end
}
