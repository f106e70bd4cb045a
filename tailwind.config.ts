import type { Config } from 'tailwindcss'

/**
 * The ForteLeasing theme: deep blue with teal accents on white cards. Loaded by app/globals.css with
 * Tailwind 4's `@config`; Tailwind finds the classes in the sources itself.
 */
const config = {
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: '#0b3a6e', strong: '#072a52' },
        accent: { DEFAULT: '#0d7f7a', soft: '#e3f4f2' },
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      // Controls and badges (md, lg) and cards (xl): the radii every component uses.
      borderRadius: { md: '0.375rem', lg: '0.5rem', xl: '0.75rem' },
    },
  },
} satisfies Config

export default config
