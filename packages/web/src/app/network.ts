import { signal } from '@preact/signals';

/** What the browser says about the network (Playwright's `setOffline` and a phone's airplane mode alike). */
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    online.value = true;
  });
  window.addEventListener('offline', () => {
    online.value = false;
  });
}
