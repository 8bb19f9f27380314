/**
 * A value loaded on first use and shared by every caller until dropped. A
 * failed load is not kept, so one database hiccup costs one failed request,
 * not every request until the content next changes; a load still under way
 * when the value is dropped is not kept either (it may have read the old content).
 */
export class Memo<T> {
  private value: Promise<T> | null = null

  constructor(private readonly load: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.value) return this.value
    const loading = this.load()
    this.value = loading
    loading.catch(() => {
      if (this.value === loading) this.value = null
    })
    return loading
  }

  drop(): void {
    this.value = null
  }
}
