// npm run bench:attendance — the time per tap on a cluster meeting's attendance screen (issue 9): a
// PTMP mentor ticks 40 names on a 360 px phone with the CPU slowed 4×, against a trivial button
// toggle on a blank page measured in the same run, in the same browser, at the same slowdown.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../packages/server/src/demo/logins';

const root = join(import.meta.dirname, '..');
const NAMES = 40;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RATE = 4;

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'mentora-bench-attendance-'));
// The real server with the demo data (it loads it into an empty database) and the built web app.
const server = spawn('npx', ['tsx', 'packages/server/src/main.ts', 'start'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: join(dir, 'bench.sqlite'),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
let browser: Browser | undefined;

async function main() {
  for (let i = 0; ; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 240) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  const login = (role: string) => DEMO_LOGINS.find((l) => l.program === 'PTMP Balochistan' && l.role === role)?.login;
  const api = async (who: string) => {
    const r = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: who, password: DEMO_PASSWORD }),
    });
    const body = (await r.json()) as { csrfToken: string; groups: { groupId: string; role: string }[] };
    const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] as string;
    return {
      body,
      get: async (path: string) => (await fetch(`${base}${path}`, { headers: { cookie } })).json(),
      post: async (path: string, data: unknown) =>
        (
          await fetch(`${base}${path}`, {
            method: 'POST',
            headers: { cookie, 'x-csrf-token': body.csrfToken, 'content-type': 'application/json' },
            body: JSON.stringify(data),
          })
        ).json() as Promise<{ id: string }>,
    };
  };

  // The demo mentor's cluster (30 teachers in the demo), filled up to 40 names, and its next meeting.
  const mentor = await api(login('mentor') as string);
  const groupId = mentor.body.groups.find((g) => g.role === 'mentor')?.groupId as string;
  const detail = (await mentor.get(`/api/groups/${groupId}`)) as {
    group: { programId: string };
    members: { role: string; endDate: string | null }[];
  };
  const meetings = (await mentor.get(`/api/groups/${groupId}/meetings`)) as {
    items: { id: string; kind: string; status: string; scheduledFor: string }[];
  };
  const now = new Date().toISOString();
  const meeting = meetings.items
    .filter((m) => m.kind === 'cluster_meeting' && m.status === 'scheduled' && m.scheduledFor > now)
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))[0];
  if (!meeting) throw new Error('no coming cluster meeting in the demo');
  const admin = await api(login('program_admin') as string);
  const today = now.slice(0, 10);
  // The screen lists the cluster's current members, its mentor among them: NAMES in all.
  for (let i = detail.members.filter((m) => !m.endDate).length; i < NAMES; i++) {
    const person = await admin.post('/api/persons', {
      programId: detail.group.programId,
      fullName: `Bench Teacher ${i}`,
    });
    await admin.post(`/api/groups/${groupId}/members`, { personId: person.id, role: 'mentee', startDate: today });
  }

  browser = await chromium.launch({
    executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const context = await browser.newContext({ baseURL: base, viewport: { width: 360, height: 780 } });
  const slow = async (page: Page) =>
    (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: RATE });

  // The attendance screen, read from the phone's store after the first sync.
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('#login-id').fill(login('mentor') as string);
  await page.locator('#login-password').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.locator('#main-nav').waitFor({ state: 'attached' });
  await page.goto(`/meetings/${meeting.id}/days`);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="day-attendee"]').length === n, NAMES, {
    timeout: 60_000,
  });
  await slow(page);

  // The baseline: a plain button toggling its own state on a blank page of the same origin.
  const blank = await browser.newPage({ viewport: { width: 360, height: 780 } });
  blank.on('crash', () => console.error('the baseline page crashed'));
  await blank.setContent(
    '<ul>' +
      Array.from(
        { length: NAMES },
        (_, i) => `<li data-testid="day-attendee"><button aria-pressed="false">Name ${i}</button></li>`,
      ).join('') +
      '</ul><script>document.addEventListener("click", (e) => { const b = e.target.closest("button"); const on = b.getAttribute("aria-pressed") !== "true"; b.setAttribute("aria-pressed", String(on)); b.textContent = (on ? "✓ " : "") + b.textContent.replace("✓ ", ""); });</script>',
  );
  await slow(blank);

  const app = await measure(page);
  const baseline = await measure(blank);
  const q = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] as number;
  const rows: [string, number, number][] = [
    ['baseline: a plain button toggle, tap → shown present', q(baseline.shown, 0.5), q(baseline.shown, 0.95)],
    ['attendance screen, 40 names: tap → shown present', q(app.shown, 0.5), q(app.shown, 0.95)],
    ['baseline: tap → DOM updated', q(baseline.dom, 0.5), q(baseline.dom, 0.95)],
    ['attendance screen: tap → DOM updated', q(app.dom, 0.5), q(app.dom, 0.95)],
  ];
  console.log(
    `\nAttendance tap benchmark (Chromium, 360 px, CPU ${RATE}× slower, ${NAMES} names, ${app.shown.length} taps each)`,
  );
  console.log(`  ${''.padEnd(56)} ${'median'.padStart(10)} ${'p95'.padStart(10)}   ratio to baseline (median / p95)`);
  for (const [i, [what, med, p95]] of rows.entries()) {
    const b = rows[i % 2 === 0 ? i : i - 1] as [string, number, number];
    const ratio = i % 2 === 0 ? '1.0× / 1.0×' : `${(med / b[1]).toFixed(1)}× / ${(p95 / b[2]).toFixed(1)}×`;
    console.log(
      `  ${what.padEnd(56)} ${`${med.toFixed(2)} ms`.padStart(10)} ${`${p95.toFixed(2)} ms`.padStart(10)}   ${ratio}`,
    );
  }
}

/**
 * Tap every name to present, ROUNDS times (names are tapped back to absent in between, unmeasured).
 * `dom`: click → the button's aria-pressed is "true"; `shown`: → the next frame after that (painted).
 * Times in ms, measured in the page (performance.now), so the test driver's own latency is left out.
 */
async function measure(page: Page): Promise<{ dom: number[]; shown: number[] }> {
  const dom: number[] = [];
  const shown: number[] = [];
  // tsx keeps function names with a helper (`__name`) the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  for (let round = 0; round < ROUNDS; round++) {
    const times = await page.evaluate(async () => {
      const btn = (i: number) =>
        document.querySelectorAll('[data-testid="day-attendee"]').item(i)?.querySelector('button') ?? null;
      const count = document.querySelectorAll('[data-testid="day-attendee"]').length;
      const out: { dom: number; shown: number }[] = [];
      const pressed = (i: number, on: boolean) =>
        new Promise<void>((resolve) => {
          if (btn(i)?.getAttribute('aria-pressed') === String(on)) return resolve();
          const o = new MutationObserver(() => {
            if (btn(i)?.getAttribute('aria-pressed') === String(on)) {
              o.disconnect();
              resolve();
            }
          });
          o.observe(document.body, { subtree: true, attributes: true, childList: true });
        });
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      for (let i = 0; i < count; i++) {
        await frame();
        const t0 = performance.now();
        btn(i)?.click();
        await pressed(i, true);
        const t1 = performance.now();
        await frame();
        out.push({ dom: t1 - t0, shown: performance.now() - t0 });
      }
      // Back to absent for the next round.
      for (let i = 0; i < count; i++) {
        btn(i)?.click();
        await pressed(i, false);
      }
      return out;
    });
    dom.push(...times.map((x) => x.dom));
    shown.push(...times.map((x) => x.shown));
  }
  return { dom, shown };
}

try {
  await main();
} finally {
  await browser?.close();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
