// Flags that Taro's DefinePlugin injects at build time; the React build of
// @tarojs/components reads them.
Object.assign(globalThis, {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_MUTATION_OBSERVER: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  DEPRECATED_ADAPTER_COMPONENT: false,
  __TARO_FRAMEWORK__: 'react'
})
process.env.TARO_ENV = 'h5'
// In H5 a call opens tel: in a window of its own (services/hotline), never by moving the page: jsdom has no window.open,
// so this stands in for it, and tests read the numbers dialled from it.
/* global window, jest -- this file runs in jsdom, with jest's object present */
window.open = jest.fn(() => ({}))
