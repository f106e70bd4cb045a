import type { IncomingMessage } from 'node:http'
import path from 'node:path'
import { FileStore } from '@tus/file-store'
import { Server, type Upload } from '@tus/server'
import fp from 'fastify-plugin'
import { STATUS } from '../../../lib/codes.js'
import { errorEnvelope } from '../../../lib/envelope.js'
import { ApiError, invalid, unavailable } from '../../../lib/errors.js'
import { checkUploadFields } from '../../../lib/upload-fields.js'
import { adoptUpload } from '../../../lib/upload-store.js'
import { MAX_UPLOAD_BYTES } from '../../external/multipart.js'

/** Who created an upload: kept in its server-side info, never taken from the client's metadata. */
export interface UploadOwner {
  userId: number
  companyId: number
}

declare module 'fastify' {
  interface FastifyInstance {
    resumableUploads: {
      tus: Server
      /** Hands a checked creation request to tus, recording its owner with the upload. */
      create(raw: IncomingMessage, res: import('node:http').ServerResponse, owner: UploadOwner): Promise<void>
      /** The owner of an unfinished upload, or null when there is none by this id. */
      ownerOf(id: string): Promise<UploadOwner | null>
      /** Removes uploads unfinished past their expiry; the count removed. */
      removeExpired(): Promise<number>
    }
  }
}

/** Where unfinished uploads live: inside VIDEO_DIR (same file system, so the commit is a rename). */
const TUS_SUBDIR = '.resumable'
const OWNER_USER = 'forte_user'
const OWNER_COMPANY = 'forte_company'
/** Expired uploads are looked for at least this often. */
const MAX_SWEEP_MS = 60 * 60 * 1000

/** The srvx request tus hands its hooks keeps the Node request it was made from. */
const nodeRequestOf = (req: unknown) => (req as { runtime?: { node?: { req?: IncomingMessage } } }).runtime?.node?.req

/** A refusal as /reports/upload gives it: the contract's envelope, JSON. */
function refusal(err: ApiError) {
  return {
    status_code: err.statusCode,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...err.headers },
    body: JSON.stringify(errorEnvelope(err.statusCode, err.message, err.errors)),
  }
}

/**
 * tus 1.0 (core, creation, termination, expiration) over VIDEO_DIR (api-contract.md "Resumable uploads").
 * The routes (routes/uploads) check the token, the creation's size, metadata and report first; here, on
 * the last byte, the file gets the checks and the one transaction of POST /reports/upload, or is removed.
 * @see https://github.com/tus/tus-node-server/tree/main/packages/server
 */
export default fp(
  async (fastify) => {
    const { config, uploadService } = fastify
    const directory = path.join(config.videoDir, TUS_SUBDIR)
    const store = new FileStore({ directory, expirationPeriodInMilliseconds: config.uploadExpiryS * 1000 })
    const owners = new WeakMap<IncomingMessage, UploadOwner>()

    /** The last byte arrived: same checks and transaction as /reports/upload; any refusal removes the file. */
    async function finish(upload: Upload) {
      const meta = upload.metadata ?? {}
      try {
        const file = await adoptUpload(path.join(directory, upload.id), {
          videoDir: config.videoDir,
          maxBytes: MAX_UPLOAD_BYTES,
        })
        const fields = checkUploadFields(Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, v ?? ''])))
        if (!fields.value) throw invalid(fields.errors)
        const owner = { userId: Number(meta[OWNER_USER]), companyId: Number(meta[OWNER_COMPANY]) }
        await uploadService.assertUploadable(fields.value.ref_key, owner.companyId)
        await uploadService.commit({ fields: fields.value, ...owner, file })
        await store.configstore.delete(upload.id)
        return { status_code: 204, headers: { 'Forte-Report-Status': String(STATUS.SENT) } }
      } catch (e) {
        await store.remove(upload.id).catch(() => {})
        const err = e instanceof ApiError ? e : unavailable('storage', e)
        if (err.statusCode >= 500) fastify.log.error({ err, upload: upload.id }, err.message)
        return refusal(err)
      }
    }

    const tus = new Server({
      path: '/uploads',
      datastore: store,
      maxSize: MAX_UPLOAD_BYTES,
      disableTerminationForFinishedUploads: true,
      generateUrl: (_req, { proto, host, path: base, id }) =>
        `${config.apiPublicUrl ?? `${proto}://${host}`}${base}/${id}`,
      async onUploadCreate(req, upload) {
        const owner = owners.get(nodeRequestOf(req)!)
        if (!owner) throw { status_code: 401, body: 'Bearer access token required.\n' }
        return {
          metadata: {
            ...upload.metadata,
            [OWNER_USER]: String(owner.userId),
            [OWNER_COMPANY]: String(owner.companyId),
          },
        }
      },
      onUploadFinish: (_req, upload) => finish(upload),
    })

    async function ownerOf(id: string): Promise<UploadOwner | null> {
      const upload = await store.getUpload(id).catch(() => null)
      const meta = upload?.metadata
      if (!meta?.[OWNER_USER] || !meta[OWNER_COMPANY]) return null
      return { userId: Number(meta[OWNER_USER]), companyId: Number(meta[OWNER_COMPANY]) }
    }

    const removeExpired = async () => {
      const removed = await tus.cleanUpExpiredUploads().catch((err: unknown) => {
        fastify.log.warn({ err }, 'could not remove expired uploads')
        return 0
      })
      if (removed) fastify.log.info({ removed }, 'removed expired unfinished uploads')
      return removed
    }
    const sweep = setInterval(() => void removeExpired(), Math.min(config.uploadExpiryS * 1000, MAX_SWEEP_MS))
    sweep.unref()
    fastify.addHook('onClose', async () => clearInterval(sweep))

    fastify.decorate('resumableUploads', {
      tus,
      async create(raw, res, owner) {
        owners.set(raw, owner)
        await tus.handle(raw, res)
      },
      ownerOf,
      removeExpired,
    })
  },
  { name: 'resumable-uploads', dependencies: ['upload-service'] },
)
