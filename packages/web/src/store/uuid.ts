/**
 * Ids made on the device. The server requires UUIDv7 for new records (ARCHITECTURE §5), and
 * `crypto.randomUUID()` is v4 — and missing altogether on plain HTTP, where many district offices
 * serve Mentora — so both are built from `crypto.getRandomValues`, which every context has.
 */
type Fill = (bytes: Uint8Array) => Uint8Array;

const randomFill: Fill = (bytes) => crypto.getRandomValues(bytes);

function hex(bytes: Uint8Array): string {
  const h = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * RFC 9562 §5.7 UUIDv7: 48-bit Unix milliseconds, version 7, a 12-bit counter (§6.2 method 1:
 * seeded at random each millisecond, so ids made in the same millisecond still sort in order),
 * the variant, 62 random bits.
 */
export function uuidV7Generator(now: () => number = Date.now, fill: Fill = randomFill): () => string {
  let lastMs = -1;
  let counter = 0;
  return () => {
    const bytes = fill(new Uint8Array(16));
    let ms = now();
    if (ms > lastMs) {
      counter = (((bytes[6] ?? 0) << 8) | (bytes[7] ?? 0)) & 0x7ff; // headroom before it overflows
    } else if (++counter > 0xfff) {
      ms = lastMs + 1; // the clock stood still (or went back): borrow the next millisecond
      counter = 0;
    } else {
      ms = lastMs;
    }
    lastMs = ms;
    for (let i = 5; i >= 0; i--) {
      bytes[i] = ms % 256;
      ms = Math.floor(ms / 256);
    }
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
    return hex(bytes);
  };
}

export const uuidv7 = uuidV7Generator();

/** A random (v4) UUID: the device's sync client id. */
export function uuidv4(fill: Fill = randomFill): string {
  const bytes = fill(new Uint8Array(16));
  bytes[6] = 0x40 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  return hex(bytes);
}
