import { render } from 'preact';
import { registerServiceWorker } from './app/pwa';
import { App } from './app/routes';
import { bootstrap } from './app/session';
import './app/app.css';
import { initI18n } from './i18n';

async function start(): Promise<void> {
  await initI18n();
  const root = document.getElementById('app');
  if (!root) return;
  render(<App />, root);
  await bootstrap();
  await registerServiceWorker().catch((e: unknown) => console.warn('no offline support', e));
}

void start();
