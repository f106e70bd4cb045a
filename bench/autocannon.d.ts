// The few parts of autocannon's result the benchmarks read (the package ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; p50: number; p97_5: number; p99: number; total: number }
  type Options = {
    url: string
    headers?: Record<string, string>
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
  }
  export default function autocannon(
    opts: Options,
  ): Promise<{ latency: Histogram; requests: Histogram; throughput: Histogram; errors: number; non2xx: number }>
}
