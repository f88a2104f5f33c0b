import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { assertLiteralTarget, guardedLookup, type HostResolver } from './webhook-targets'

export interface PostOptions {
  headers: Record<string, string>
  body: string
  /** How long the whole attempt may take, answer body included. */
  timeoutMs: number
  /** How much of the answer's body to keep; the rest is not read. */
  bodyLimit: number
  resolve: HostResolver
  allowPrivateNetwork: boolean
}

export interface PostAnswer {
  statusCode: number
  /** The first `bodyLimit` characters of the answer. */
  bodyStart: string
}

/** The attempt took longer than its timeout. */
export class AttemptTimeoutError extends Error {
  readonly code = 'ETIMEDOUT'
}

/**
 * POSTs `body` to `url` over node:http(s) and resolves with the answer's
 * status and the start of its body. A redirect is an answer like any other:
 * it is not followed (the next hop would get the signature, unchecked).
 * Where the connection may go is checked before it is made: the URL's
 * address if it is one, else every address its name resolves to.
 */
export function postNotice(url: string, options: PostOptions): Promise<PostAnswer> {
  return new Promise((resolve, reject) => {
    assertLiteralTarget(url, options.allowPrivateNetwork)
    const target = new URL(url)
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, {
      method: 'POST',
      headers: { ...options.headers, 'Content-Length': String(Buffer.byteLength(options.body)) },
      lookup: guardedLookup(options.resolve, options.allowPrivateNetwork),
      // A fresh connection per attempt: a pooled one would skip the lookup, and the check with it.
      agent: false,
    })
    let isSettled = false
    const fail = (error: Error) => {
      if (isSettled) return
      isSettled = true
      clearTimeout(timer)
      request.destroy()
      reject(error)
    }
    const timer = setTimeout(
      () => fail(new AttemptTimeoutError(`No answer within ${options.timeoutMs / 1000} s`)),
      options.timeoutMs,
    )
    request.on('error', fail)
    request.on('response', (response) => {
      let text = ''
      const finish = () => {
        if (isSettled) return
        isSettled = true
        clearTimeout(timer)
        response.destroy()
        resolve({ statusCode: response.statusCode ?? 0, bodyStart: text.slice(0, options.bodyLimit) })
      }
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        text += chunk
        if (text.length >= options.bodyLimit) finish()
      })
      response.on('end', finish)
      response.on('error', fail)
    })
    request.end(options.body)
  })
}
