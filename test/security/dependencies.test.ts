import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What ships is pinned and audited.
 *
 * Pinning: package-lock.json (lockfileVersion ≥ 2) holds every installed package with an exact
 * version and an integrity hash, and every dependency package.json declares. (This machine's npm
 * writes no `resolved` URLs — `omit-lockfile-registry-resolved=true` — so the integrity hash is
 * what pins the content; npm ci refuses a tarball whose hash differs.)
 *
 * Audit: `npm audit --omit=dev --audit-level=high` must report nothing high or critical. When the
 * audit service cannot be reached (here the registry answers GET only: the audit POST gets 405),
 * the check is NOT silently passed: the test is reported as skipped with the reason in its name,
 * and `MSP_REQUIRE_AUDIT=1` turns that into a failure, for a CI that can reach the audit service.
 * Failing by default would make every test run here red for a cause outside the project.
 */
const ROOT = path.join(__dirname, '..', '..');

interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
}
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<
  string,
  Record<string, string> | undefined
>;

describe('dependencies pinned by the lockfile', () => {
  it('lockfileVersion is 2 or more', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
  });

  it('every declared dependency is in the lockfile', () => {
    const declared = ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((k) =>
      Object.keys(pkg[k] ?? {}),
    );
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((name) => !lock.packages[`node_modules/${name}`])).toEqual([]);
  });

  it('every locked package has an exact version and an integrity hash', () => {
    const entries = Object.entries(lock.packages).filter(([key, e]) => key !== '' && !e.link);
    expect(entries.length).toBeGreaterThan(0);
    const loose = entries
      .filter(
        ([, e]) => !e.version || !/^\d+\.\d+\.\d+/.test(e.version) || !/^sha(256|384|512)-/.test(e.integrity ?? ''),
      )
      .map(([k]) => k);
    expect(loose).toEqual([]);
  });
});

type Audit =
  { kind: 'report'; high: number; critical: number; names: string[] } | { kind: 'unreachable'; reason: string };

/** Runs the audit once, at collection time, so the outcome can decide between a test and a visible skip. */
function runAudit(): Audit {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  try {
    const json = JSON.parse(r.stdout) as {
      metadata?: { vulnerabilities?: Record<string, number> };
      vulnerabilities?: Record<string, { severity: string }>;
      message?: string;
      error?: { summary?: string };
    };
    const v = json.metadata?.vulnerabilities;
    if (v) {
      const names = Object.entries(json.vulnerabilities ?? {})
        .filter(([, x]) => x.severity === 'high' || x.severity === 'critical')
        .map(([name, x]) => `${name} (${x.severity})`);
      return { kind: 'report', high: v.high ?? 0, critical: v.critical ?? 0, names };
    }
    return { kind: 'unreachable', reason: json.message ?? json.error?.summary ?? 'no report' };
  } catch {
    return {
      kind: 'unreachable',
      reason: (r.error?.message ?? r.stderr.split('\n').find((l) => /error/i.test(l)) ?? 'no output').trim(),
    };
  }
}

describe('npm audit of what ships (--omit=dev)', () => {
  const audit = runAudit();
  if (audit.kind === 'report') {
    it('reports no high or critical vulnerability', () => {
      expect(audit.names).toEqual([]);
      expect(audit.high + audit.critical).toBe(0);
    });
  } else if (process.env.MSP_REQUIRE_AUDIT === '1') {
    it('could reach the audit service (MSP_REQUIRE_AUDIT=1)', () => {
      throw new Error(`npm audit could not run: ${audit.reason}`);
    });
  } else {
    // A visible skip, with the reason in the test's name: the vulnerability check was NOT performed.
    it.skip(`NOT RUN: npm audit could not reach the audit service (${audit.reason}); set MSP_REQUIRE_AUDIT=1 to fail instead`, () =>
      undefined);
    console.warn(`npm audit --omit=dev was NOT performed: ${audit.reason}`);
  }
});
