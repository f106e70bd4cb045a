export type Role = 'director' | 'employee' | 'staff'

/** The page each role starts on after sign-in. */
export function homeFor(role: Role): string {
  return role === 'staff' ? '/review' : '/reports'
}

/** The API's user_type ("Директор"/"Сотрудник") → the portal role. */
export function roleFromUserType(userType: string): Role {
  return userType.trim().toLowerCase().startsWith('дир') ? 'director' : 'employee'
}
