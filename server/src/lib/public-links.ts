import type { FastifyRequest } from 'fastify'

/** Base of the absolute links the API returns: API_PUBLIC_URL, else the request's own scheme and host. */
export const publicBaseOf = (request: FastifyRequest) =>
  request.server.config.apiPublicUrl ?? `${request.protocol}://${request.host}`

/** `image_path`: the picture of a vehicle type (GET /images/{code}/image.png). */
export const vehicleTypeImage = (publicBase: string, vehicleTypeCode: string) =>
  `${publicBase}/images/${encodeURIComponent(vehicleTypeCode)}/image.png`
