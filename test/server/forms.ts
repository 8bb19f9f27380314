/** One part of a hand-made multipart body: a file when it has a filename. */
export interface FormPart {
  name: string
  filename?: string
  type?: string
  data: Buffer | string
}

/** A multipart/form-data body as a phone sends it, for upload tests. */
export function multipartBody(parts: FormPart[], boundary = '----fangfei-form'): { payload: Buffer; headers: { 'content-type': string } } {
  const chunks = parts.flatMap((p) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`
    ),
    Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data),
    Buffer.from('\r\n')
  ])
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
