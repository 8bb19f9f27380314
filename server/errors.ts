/**
 * The one error type of the API: a stable code for logs and clients, and a
 * Chinese message that the mini-program shows as it is.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export const notFound = (what: string): AppError => new AppError(404, 'not_found', `没有找到这${what}，可能已被撤下。`)
