/// <reference types="vite-plugin-pwa/vanillajs" />
import { signal } from '@preact/signals';

/** A new version was installed and waits: the shell shows "A new version is available — Reload". */
export const updateReady = signal(false);

let activate: ((reload?: boolean) => Promise<void>) | null = null;

const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker that makes the app open with no network. `registerType: 'prompt'`:
 * a new version never replaces the running one by surprise (a half-typed form would be lost); the
 * user chooses when to reload.
 */
export async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  activate = registerSW({
    onNeedRefresh() {
      updateReady.value = true;
    },
    onRegisteredSW(_url, registration) {
      // Long-lived tabs on phones: look for a new version hourly, when there is a network.
      if (registration) setInterval(() => navigator.onLine && void registration.update(), HOUR);
    },
  });
}

/**
 * Let the waiting service worker take over; the page reloads once it controls the page. The
 * reload is ours (not workbox-window's): an update found by `registration.update()` from
 * elsewhere is "external" to workbox-window, which then never reports it as controlling.
 */
export async function applyUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration();
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  if (activate) await activate(true);
  // The generated service worker skips waiting on this message (workbox's prompt flow).
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
