import type { ComponentChildren } from 'preact';

/**
 * A value that reads left to right inside text of either direction (phone, email, EMIS id, login,
 * code): isolated, so in Urdu "+92 300 1234567" keeps its order and does not reorder its neighbours.
 */
export function Ltr({ children }: { children: ComponentChildren }) {
  return <bdi dir="ltr">{children}</bdi>;
}

/** Record fields whose values read left to right in every language (issue 10, kind 7). */
export const LTR_FIELDS: ReadonlySet<string> = new Set([
  'phone',
  'email',
  'emisId',
  'emisCode',
  'login',
  'code',
  'url',
]);

/**
 * A field's value shown as typed: left to right for `LTR_FIELDS`, else isolated with its own
 * direction (`<bdi>` is dir=auto), so an English word or a "14+" never reorders an Urdu line.
 */
export function FieldValue({ field, children }: { field: string; children: ComponentChildren }) {
  return LTR_FIELDS.has(field) ? <bdi dir="ltr">{children}</bdi> : <bdi>{children}</bdi>;
}

/**
 * Text for a translated sentence (`t(key, { x: ltrText(value) })`), where no element can wrap it:
 * the Unicode isolate marks LRI…PDI do what `<bdi dir="ltr">` does (UAX #9, X5a–X6a).
 */
export function ltrText(value: string | number): string {
  return `\u2066${value}\u2069`;
}

/** Like `ltrText` with the direction taken from the text itself (FSI…PDI): names, server messages. */
export function isolatedText(value: string | number): string {
  return `\u2068${value}\u2069`;
}
