/** In a browser (H5), saves what `href` points at (a data or blob URL) as a file with this name. */
export function saveInBrowser(href: string, fileName: string): void {
  const link = document.createElement('a')
  link.download = fileName
  link.href = href
  link.click()
}
