import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type World } from '../../../test/world';
import { csv } from './roster-world';

/** A multipart/form-data body with one file field, as a browser's FormData would send it. */
function multipart(bytes: Buffer) {
  const boundary = '----mentora-hostile-text';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="teachers.csv"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Issue 6, defect 5: an imported file is text from outside too; it was a 500 on PostgreSQL. */
describe('roster import of hostile text', () => {
  let w: World;
  let admin: Client;
  beforeAll(async () => {
    w = await makeWorld();
    admin = await w.as('admin');
  });
  afterAll(() => w.close());

  const columns = ['full_name', 'phone', 'school_emis_code', 'emis_id', 'email'];
  it.each(columns)('refuses a NUL in %s naming the line and column, in preview and commit', async (column) => {
    const row = ['Zarina Baloch', '0333-7654321', 'E-001', 'T-1', 'zarina@example.org'];
    row[columns.indexOf(column)] = 'E-0\u000001';
    const body = multipart(csv([columns, row]));
    for (const mode of ['preview', 'commit']) {
      const res = await w.app.inject({
        method: 'POST',
        url: `/api/programs/${w.programId}/imports/teachers?mode=${mode}`,
        cookies: admin.cookies,
        payload: body.payload,
        headers: { ...body.headers, 'x-csrf-token': admin.csrfToken },
      });
      const expected = { line: 2, column, message: 'must not contain control character U+0000' };
      // A preview reports what is wrong (200, ok false); a commit refuses the file (400).
      if (mode === 'preview') {
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({ ok: false, errors: [expected] });
      } else {
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error.details[0]).toEqual(expected);
      }
    }
  });
});
