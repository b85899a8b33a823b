/** JSON columns are text on both engines; these keep parsing in one place. */
export function parseJsonArray(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.map(String) : [];
}

export function parseJsonObject<T>(text: string): T {
  return JSON.parse(text) as T;
}
