import { promises as dns, type LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'
import { say, type Text } from '../i18n/messages'

/** The kinds of address a notice does not go to unless the webhook allows private networks. */
export type AddressKind =
  'loopback' | 'private' | 'linkLocal' | 'carrierGradeNat' | 'multicast' | 'unspecified' | 'reserved'

/** Every address a host name resolves to, as `dns.lookup(name, { all: true })` gives them; tests inject their own. */
export type HostResolver = (hostname: string) => Promise<LookupAddress[]>

export const systemResolver: HostResolver = (hostname) => dns.lookup(hostname, { all: true, verbatim: true })

// ipaddr.js's names for the ranges; any other range but `unicast` (6to4, Teredo, NAT64, documentation, …) is `reserved`.
const KINDS: Partial<Record<string, AddressKind>> = {
  loopback: 'loopback',
  private: 'private',
  uniqueLocal: 'private',
  linkLocal: 'linkLocal',
  carrierGradeNat: 'carrierGradeNat',
  multicast: 'multicast',
  broadcast: 'multicast',
  unspecified: 'unspecified',
}

// AWS, GCP, Azure and others answer here with the machine's credentials; an internal receiver is never one of them.
const METADATA_ADDRESSES = new Set(
  ['169.254.169.254', 'fd00:ec2::254'].map((a) => ipaddr.parse(a).toNormalizedString()),
)

/**
 * What kind of address `address` (an IPv4 or IPv6 literal) is: null for a
 * public one. An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as
 * the IPv4 address it carries, since that is where a connection goes.
 */
export function classifyAddress(address: string): AddressKind | 'metadata' | null {
  const parsed = ipaddr.process(address)
  if (METADATA_ADDRESSES.has(parsed.toNormalizedString())) return 'metadata'
  const range = parsed.range()
  return range === 'unicast' ? null : (KINDS[range] ?? 'reserved')
}

/** The host of a URL as a connection uses it: an IPv6 literal without its brackets. */
export function hostOf(url: string): string {
  const { hostname } = new URL(url)
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname
}

/**
 * Why a notice may not go to `address`, reached through `host`, or null if
 * it may. `address` is null when the host is an address itself. Metadata
 * addresses are refused even to a webhook that allows private networks.
 */
function refusal(host: string, address: string | null, allowPrivateNetwork: boolean): Text | null {
  const kind = classifyAddress(address ?? host)
  if (kind === 'metadata') return say('metadataTarget', host, address)
  if (kind === null || allowPrivateNetwork) return null
  return say('privateTarget', host, address, kind)
}

/**
 * Why notices to `url` are refused, or null: checked when a webhook is
 * saved. A name that does not resolve (yet) is accepted: every delivery
 * resolves it again and checks each address (guardedLookup).
 */
export async function targetRefusal(
  url: string,
  allowPrivateNetwork: boolean,
  resolve: HostResolver,
): Promise<Text | null> {
  const host = hostOf(url)
  if (isIP(host)) return refusal(host, null, allowPrivateNetwork)
  let addresses: LookupAddress[]
  try {
    addresses = await resolve(host)
  } catch {
    return null
  }
  for (const { address } of addresses) {
    const why = refusal(host, address, allowPrivateNetwork)
    if (why) return why
  }
  return null
}

/** A delivery refused because of where it would go; `message` says why, in English (the attempt log's language). */
export class TargetRefusedError extends Error {
  readonly code = 'ETARGETREFUSED'
}

/** Refuses a URL whose host is an address notices may not go to; connections to a literal address skip the lookup. */
export function assertLiteralTarget(url: string, allowPrivateNetwork: boolean): void {
  const host = hostOf(url)
  if (!isIP(host)) return
  const why = refusal(host, null, allowPrivateNetwork)
  if (why) throw new TargetRefusedError(why.en)
}

/**
 * The `lookup` of a delivery's connection: resolves the name, refuses the
 * connection if any address is one notices may not go to, and hands the
 * socket exactly the addresses it checked. Checking here, and not in a
 * lookup of our own before the request, is what defeats DNS rebinding: a
 * name cannot answer a public address to the check and a private one to
 * the connection.
 */
export function guardedLookup(resolve: HostResolver, allowPrivateNetwork: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family ?? 0)
    resolve(hostname).then(
      (all) => {
        const addresses = all.filter((entry) => family === 0 || entry.family === family)
        for (const { address } of addresses) {
          const why = refusal(hostname, address, allowPrivateNetwork)
          if (why) return callback(new TargetRefusedError(why.en), '')
        }
        const [first] = addresses
        if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '')
        if (options.all) callback(null, addresses)
        else callback(null, first.address, first.family)
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    )
  }
}
