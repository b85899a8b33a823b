import type { ComponentChildren } from 'preact';

/**
 * A value that reads left to right inside text of either direction (phone, email, EMIS id, login,
 * code): isolated, so in Urdu "+92 300 1234567" keeps its order and does not reorder its neighbours.
 */
export function Ltr({ children }: { children: ComponentChildren }) {
  return <bdi dir="ltr">{children}</bdi>;
}
