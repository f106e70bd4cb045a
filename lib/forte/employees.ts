import 'server-only'
import { type Credentials, forteJson, segment } from './client'
import { employeeListSchema, messageOnlySchema } from './schemas/employees'

export const listEmployees = async (auth: Credentials) =>
  (await forteJson('/employee/list', employeeListSchema, { auth })).employees

export const deleteEmployee = (auth: Credentials, id: number) =>
  forteJson(`/employee/delete/${segment(id)}`, messageOnlySchema, { auth, method: 'DELETE' })
