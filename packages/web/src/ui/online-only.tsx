import type { ComponentChildren } from 'preact';
import { online } from '../app/network';
import { NeedsConnection } from './needs-connection';

/**
 * Screens over the whole program (org tree, people search, groups search, import) ask the server;
 * offline they say so instead of failing, and come back by themselves with the network.
 */
export function OnlineOnly({ title, children }: { title: string; children: ComponentChildren }) {
  if (online.value) return <>{children}</>;
  return (
    <section class="stack">
      <h1>{title}</h1>
      <NeedsConnection />
    </section>
  );
}
