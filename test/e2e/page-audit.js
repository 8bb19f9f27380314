// Measures, in the browser, what an elderly reader needs from the screen now
// shown: the size of every visible piece of text, the size and text contrast of
// everything that can be tapped, and whether anything runs off the side or
// lies on top of other text. Loaded with page.addInitScript (a plain file, so
// no bundler helper sneaks into code that runs in the page; init scripts are
// not subject to the page's Content-Security-Policy).
// Used by test/e2e/type.test.ts and scripts/screenshots.ts.
;(() => {
  // .taro-model__btn: the buttons of the browser build's dialog (Taro's own spelling).
  const TAPPABLE = 'input:not([type=hidden]), textarea, button, a[href], [role=button], [role=switch], taro-button-core, .nut-button, .nut-switch, .taro-model__btn'

  const shown = (el) => {
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: false })
  }
  const label = (el) => {
    const cls = typeof el.className === 'string' ? el.className.split(/\s+/).find((c) => c && !c.startsWith('taro') && !c.startsWith('hydrated')) : ''
    const text = (el.innerText || el.getAttribute('placeholder') || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 24)
    return `${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}${text ? ` “${text}”` : ''}`
  }
  // React keeps each element's props on it; an onClick there makes a View a button.
  const hasTapHandler = (el) => {
    for (const key in el) {
      if (key.startsWith('__reactProps$')) {
        const p = el[key]
        return Boolean(p && (p.onClick || p.onTap || p.onLongPress))
      }
    }
    return false
  }

  const rgba = (css) => {
    const m = /rgba?\(([^)]+)\)/.exec(css)
    if (!m) return null
    const [r, g, b, a = 1] = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number)
    return [r, g, b, a]
  }
  const over = (top, under) => {
    const a = top[3]
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1)
  }
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4)
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi + 0.05) / (lo + 0.05)
  }
  // The worst contrast of el's text over what is painted behind it: background
  // colours and gradient stops of every ancestor, each ancestor's opacity.
  const contrastOf = (el) => {
    const chain = []
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) chain.unshift(n)
    let backs = [[255, 255, 255, 1]]
    const fades = []
    for (const n of chain) {
      const s = getComputedStyle(n)
      const opacity = Number(s.opacity)
      if (opacity < 1) fades.push({ behind: backs, opacity })
      const bg = rgba(s.backgroundColor)
      if (bg && bg[3] > 0) backs = backs.map((b) => over(bg, b))
      const stops = (s.backgroundImage.match(/rgba?\([^)]+\)/g) || []).map(rgba)
      if (stops.length) backs = stops.flatMap((stop) => backs.map((b) => over(stop, b)))
    }
    const colour = rgba(getComputedStyle(el).color) || [0, 0, 0, 1]
    let worst = Infinity
    for (const back of backs) {
      let text = over(colour, back)
      let bg = back
      for (let i = fades.length - 1; i >= 0; i--) {
        const { behind, opacity } = fades[i]
        const under = behind[0]
        text = over([...text.slice(0, 3), opacity], under)
        bg = over([...bg.slice(0, 3), opacity], under)
      }
      worst = Math.min(worst, ratio(text, bg))
    }
    return Math.round(worst * 100) / 100
  }
  const textHolder = (el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.textContent.trim() && shown(t.parentElement)) return t.parentElement
    return null
  }
  const insideSideScroller = (el) => {
    for (let n = el.parentElement; n; n = n.parentElement) {
      const x = getComputedStyle(n).overflowX
      if (x === 'auto' || x === 'scroll') return true
    }
    return false
  }

  window.fangfeiAudit = () => {
    const width = document.documentElement.clientWidth
    const clipOf = (el) => {
      for (let a = el; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a)
        // Only boxes that cut their content off: a scrolling box (the page itself) still shows its lines on the way down.
        if (/hidden|clip/.test(style.overflowX + style.overflowY)) return a.getBoundingClientRect()
      }
      return null
    }
    const intersect = (a, b) => {
      const left = Math.max(a.left, b.left)
      const top = Math.max(a.top, b.top)
      const right = Math.min(a.right, b.right)
      const bottom = Math.min(a.bottom, b.bottom)
      return { left, top, right, bottom, width: right - left, height: bottom - top }
    }
    const texts = []
    const lines = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const el = t.parentElement
      if (!t.textContent.trim() || !el || !shown(el) || el.closest('style, script')) continue
      texts.push({
        label: label(el),
        text: t.textContent.trim().slice(0, 24),
        chars: t.textContent.trim().length,
        px: parseFloat(getComputedStyle(el).fontSize),
        // A page's own content: the app's screen, or home's first paint before the app (server/plugins/first-paint.ts).
        // A dialog or a notice over the page is read as the page is.
        inScreen: Boolean(el.closest('.screen, .first-paint, .taro__modal, .taro__toast'))
      })
      const range = document.createRange()
      range.selectNodeContents(t)
      // A line cut off by a box that hides its overflow (a two-line clamp) is not on screen: only its visible part counts.
      const clip = clipOf(el)
      for (const whole of range.getClientRects()) {
        const r = clip ? intersect(whole, clip) : whole
        if (r.width > 1 && r.height > 1) lines.push({ node: t, label: label(el), r })
      }
    }

    const targets = []
    const seen = new Set()
    for (const el of document.body.querySelectorAll('*')) {
      if (!(el.matches(TAPPABLE) || hasTapHandler(el)) || !shown(el)) continue
      // The host of a Taro or NutUI control and the native element inside it are one target.
      const host = el.closest('taro-button-core, .nut-button, .nut-switch, .nut-input, .nut-textarea, .nut-searchbar-content') || el
      if (seen.has(host)) continue
      seen.add(host)
      const r = el.getBoundingClientRect()
      const holder = textHolder(el)
      targets.push({
        label: label(el),
        width: Math.round(r.width * 10) / 10,
        height: Math.round(r.height * 10) / 10,
        disabled: el.disabled === true || Boolean(el.closest('.nut-button-disabled, [aria-disabled=true]')),
        contrast: holder ? contrastOf(holder) : null
      })
    }

    const offside = []
    for (const el of document.body.querySelectorAll('*')) {
      if (!shown(el) || insideSideScroller(el)) continue
      const r = el.getBoundingClientRect()
      if (r.right > width + 1 || r.left < -1) offside.push({ label: label(el), left: Math.round(r.left), right: Math.round(r.right) })
    }

    // Lines of different text nodes that lie on one another (a sticky or fixed bar over content is not text on text,
    // nor is an open dialog over the dimmed page: only the dialog's own lines are compared).
    const overlaps = []
    const dialog = document.querySelector('.taro__modal')
    const open = dialog && getComputedStyle(dialog).display !== 'none' ? dialog : null
    const still = lines.filter((l) => !open || open.contains(l.node))
    // The box a line sits in that stays put while the page scrolls under it (the tab bar, the quiz's clock): it is
    // compared only with lines of the same box.
    const layerOf = (node) => {
      for (let el = node.parentElement; el; el = el.parentElement) if (el.classList.contains('taro-tabbar__tabbar') || ['sticky', 'fixed'].includes(getComputedStyle(el).position)) return el
      return null
    }
    const layers = still.map((l) => layerOf(l.node))
    for (let i = 0; i < still.length; i++) {
      for (let j = i + 1; j < still.length; j++) {
        if (layers[i] !== layers[j]) continue
        const a = still[i].r
        const b = still[j].r
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        if (w > 2 && h > Math.min(a.height, b.height) / 3 && still[i].node !== still[j].node) overlaps.push(`${still[i].label} / ${still[j].label}`)
      }
    }

    // The tab bar sits at the window's foot and never scrolls: any of its text past the edge is cut off for good.
    const height = window.innerHeight
    const clipped = []
    for (const el of document.querySelectorAll('.weui-tabbar__label')) {
      if (!shown(el)) continue
      const foot = Math.min(height, el.closest('.weui-tabbar').getBoundingClientRect().bottom)
      const range = document.createRange()
      range.selectNodeContents(el)
      for (const r of range.getClientRects()) if (r.bottom > foot + 0.5) clipped.push(`${label(el)} from ${Math.round(r.top)} to ${Math.round(r.bottom)}px, the bar ending at ${Math.round(foot)}px`)
    }

    return {
      width,
      scrollWidth: document.documentElement.scrollWidth,
      texts,
      targets,
      offside,
      overlaps,
      clipped
    }
  }
})()
