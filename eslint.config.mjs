import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

/** Layers point one way: app/ → components/ → lib/. These rules keep them so. */
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: 'Imports point down only: app → components → lib.',
        })),
      },
    ],
  },
})

const config = [
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'next-env.d.ts',
      'server/seed/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  layer(['lib/**'], ['@/components/*', '@/app/*', '../components/*', '../../components/*']),
  layer(['components/**'], ['@/app/*']),
  // The API server is a separate program: it never imports the portal, nor the portal it.
  layer(['server/**'], ['@/*']),
  {
    // Tests read JSON answers loosely on purpose; migrations speak Kysely's untyped schema builder.
    files: ['**/*.test.ts', 'server/test/**', 'e2e/**', 'bench/**', 'server/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ['e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
]

export default config
