import { readFileSync } from 'node:fs';

/**
 * Whether process `pid` still runs: it exists and is not a zombie. A process whose /proc entry
 * vanished between the two checks was just reaped: gone.
 */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
