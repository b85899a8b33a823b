import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../i18n';
import { SyncStatus } from '../ui/sync-status';
import { UpdateBanner } from '../ui/update-banner';
import { browses, mayConfigureInstruments, mayImport } from './policy';
import { me } from './session';

interface NavItem {
  href: string;
  label: string;
}

function navItems(): NavItem[] {
  const items: NavItem[] = [{ href: '/', label: t('nav.home') }];
  if (browses.value) {
    items.push(
      { href: '/org', label: t('nav.org') },
      { href: '/people', label: t('nav.people') },
      { href: '/groups', label: t('nav.groups') },
    );
  }
  if (mayImport.value) items.push({ href: '/import', label: t('nav.import') });
  // The observation cycle is the pair's: shown to members of a mentoring group.
  if (me.value?.groups.length) items.push({ href: '/observations', label: t('observations.nav') });
  if (mayConfigureInstruments.value) items.push({ href: '/instruments', label: t('instruments.nav') });
  // Teachers and mentors keep a reflective portfolio (issue 8, point 6).
  if (me.value?.roles.some((r) => r.role === 'teacher' || r.role === 'mentor'))
    items.push({ href: '/portfolio', label: t('reflections.nav') });
  items.push({ href: '/settings', label: t('nav.settings') });
  return items;
}

function isCurrent(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

/** Header with the brand at the inline start and a navigation that folds into a menu on phones. */
export function Shell({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  const user = me.value;
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="top-bar">
        <a class="brand" href="/" data-testid="brand">
          {t('app.name')}
        </a>
        {user && (
          <button
            type="button"
            class="menu-toggle"
            aria-expanded={open}
            aria-controls="main-nav"
            onClick={() => setOpen(!open)}
          >
            {t('nav.menu')}
          </button>
        )}
        {user && (
          <nav id="main-nav" class="main-nav" aria-label={t('nav.label')} data-open={open}>
            <ul>
              {navItems().map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={isCurrent(path, item.href) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <UpdateBanner />
      {user && <SyncStatus />}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
