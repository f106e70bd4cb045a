/**
 * How every browser run here (Playwright's tests, the benchmarks) launches Chromium: the system's
 * (CHROMIUM_PATH), without the background work that would skew a measure or reach the network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
