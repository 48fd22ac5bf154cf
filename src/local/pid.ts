/** Whether a process exists, by signal 0 (which checks without delivering anything). */

/**
 * True when a process with this pid exists: `process.kill(pid, 0)` succeeds, or fails with EPERM (it exists but
 * belongs to someone else). False on ESRCH and for pids that cannot name one process (not a positive integer).
 */
export function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
