import type { ChildProcess } from 'node:child_process'
export const root: string
export function bin(name: string): string
export function ensureDependencies(): void
export function persistentSecret(name: string): string
export function ensurePortalBuilt(distDir?: string, opts?: { force?: boolean }): void
export function startChild(label: string, command: string, args: string[], env: Record<string, string>): ChildProcess
export function waitForUrl(url: string, seconds?: number): Promise<boolean>
export function portalCommand(args: string[]): [command: string, args: string[]]
