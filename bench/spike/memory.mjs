// Resident memory of the service processes, from the kernel: VmRSS now, VmHWM the peak since start.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The pid of each service this process started (its children running dist/apps/<name>/main.js).
 * @param {string[]} names
 * @returns {Record<string, number>}
 */
export function servicePids(names) {
  const pids = {};
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of stat is the parent; the command (field 2) may hold spaces, so split after its ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const name = names.find((n) =>
        cmdline.includes(`dist/apps/${n}/main.js`),
      );
      if (name) pids[name] = Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  const missing = names.filter((n) => !pids[n]);
  if (missing.length)
    throw new Error(`no process found for ${missing.join(', ')}`);
  return pids;
}

/** @returns {{ rss: number, hwm: number }} MB */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) =>
    Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/**
 * Samples VmRSS of every process every `everyMs` while a phase runs; `stop()` gives the peak of each.
 * @param {Record<string, number>} pids
 */
export function sampleMemory(pids, everyMs = 200) {
  const peak = Object.fromEntries(Object.keys(pids).map((n) => [n, 0]));
  const sample = () => {
    for (const [name, pid] of Object.entries(pids)) {
      try {
        peak[name] = Math.max(peak[name], memoryOf(pid).rss);
      } catch {
        // gone: the run reports the failure elsewhere
      }
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
