import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendOk } from '../../lib/envelope.js'
import { notFound } from '../../lib/errors.js'
import { EmployeeItem } from '../../schemas/auth.js'
import { errors, okSchema } from '../../schemas/common.js'

/** GET /employee/list, DELETE /employee/delete/{id}: the director manages the company's employees. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/list',
    {
      schema: {
        tags: ['employees'],
        summary: "The company's employees",
        security: [{ bearer: [] }],
        response: { 200: okSchema({ employees: z.array(EmployeeItem) }), ...errors(401, 403) },
      },
    },
    async (request, reply) => {
      return sendOk(reply, { employees: await fastify.usersRepository.listEmployees(request.user!.companyId) })
    },
  )

  fastify.delete(
    '/delete/:id',
    {
      schema: {
        tags: ['employees'],
        summary: 'Delete an employee (revokes all their tokens)',
        security: [{ bearer: [] }],
        params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
        response: { 200: okSchema({}), ...errors(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const deleted = await fastify.usersRepository.deleteEmployee(request.user!.companyId, request.params.id)
      if (!deleted) throw notFound('Employee not found.')
      await fastify.tokens.revokeUser(request.params.id)
      return sendOk(reply, {}, 200, 'User successfully deleted.')
    },
  )
}
export default plugin
