import { test as base, type Page } from '@playwright/test'
import { signInClient, signInStaff } from './sign-in'

type Fixtures = {
  /** A page already signed in as the demo director (fresh browser context, fresh device). */
  directorPage: Page
  employeePage: Page
  staffPage: Page
}

/** Feature tests: `import { test, expect } from './support/fixtures'` and take `directorPage` etc. */
export const test = base.extend<Fixtures>({
  directorPage: async ({ page }, use) => {
    await signInClient(page, 'director')
    await use(page)
  },
  employeePage: async ({ page }, use) => {
    await signInClient(page, 'employee')
    await use(page)
  },
  staffPage: async ({ page }, use) => {
    await signInStaff(page)
    await use(page)
  },
})

export { expect } from '@playwright/test'
