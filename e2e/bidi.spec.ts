import { expect, type Locator, type Page, test } from '@playwright/test';
import { demo, myProgramId, pageLocale, signIn, tr } from './helpers';

// Issue 10, kind 7: in Urdu an international phone was drawn with its "+" at the wrong end in
// lists. These tests measure where the browser draws each character of a phone, an e-mail and an
// EMIS code on Urdu screens: left to right inside the value, the value one unbroken box, and the
// facts around it still in right-to-left order.

interface Box {
  ch: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where each visible character of the element's text is drawn (one Range per character). */
async function charBoxes(element: Locator): Promise<Box[]> {
  return element.evaluate((el) => {
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const ch = text[i] ?? '';
        if (!ch.trim()) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getClientRects()[0];
        if (r) boxes.push({ ch, left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      }
    }
    return boxes;
  });
}

/**
 * The value reads left to right as drawn: every character starts right of the one before it,
 * all on one line; `+`, when there, is the leftmost.
 */
async function expectDrawnLeftToRight(element: Locator, text: string): Promise<Box[]> {
  await expect(element).toHaveText(text);
  const boxes = await charBoxes(element);
  expect(boxes.map((b) => b.ch).join('')).toBe(text.replace(/\s/g, ''));
  for (let i = 1; i < boxes.length; i++) {
    const [a, b] = [boxes[i - 1] as Box, boxes[i] as Box];
    expect(b.left, `"${b.ch}" (#${i}) of ${text} is drawn right of "${a.ch}"`).toBeGreaterThanOrEqual(a.right - 0.5);
    expect(Math.abs(b.top - a.top), `${text} stays on one line`).toBeLessThan(2);
  }
  if (text.startsWith('+')) {
    const plus = boxes[0] as Box;
    expect(Math.min(...boxes.map((b) => b.left))).toBe(plus.left);
  }
  // One unbroken box: the isolate is not split into pieces placed apart by the Urdu around it.
  const rects = await element.evaluate((el) => [...el.getClientRects()].length);
  expect(rects).toBe(1);
  return boxes;
}

/** An element's box in the page. */
async function box(element: Locator) {
  const b = await element.boundingBox();
  if (!b) throw new Error('element not drawn');
  return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
}

/** In a right-to-left page a value starts at the right edge of its field, like the Urdu label above it. */
async function expectAtStartOfField(value: Locator, text: string) {
  const [v, dd] = [await box(value), await box(value.locator('xpath=ancestor::dd[1]'))];
  expect(Math.abs(dd.right - v.right), `${text} starts at the right of its field`).toBeLessThan(2);
}

interface Unit {
  id: string;
  kind: string;
  emisCode: string | null;
  childCount: number;
}

/** A school of the program with an EMIS code, found down the org tree as the app finds it. */
async function findSchool(page: Page): Promise<Unit> {
  const programId = await myProgramId(page);
  let parentId: string | undefined;
  for (let depth = 0; depth < 8; depth++) {
    const params: Record<string, string> = { programId, ...(parentId ? { parentId } : {}) };
    const { items } = (await (await page.request.get('/api/org-units', { params })).json()) as { items: Unit[] };
    const school = items.find((u) => u.kind === 'school' && u.emisCode);
    if (school) return school;
    parentId = items.find((u) => u.childCount > 0)?.id;
    if (!parentId) break;
  }
  throw new Error('no school with an EMIS code in the demo data');
}

async function chooseLanguage(page: Page, locale: string) {
  await page.locator('#main-nav a[href="/settings"]').click();
  await page.locator(`fieldset.languages button[lang="${locale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

test('in Urdu, an international phone, an e-mail and EMIS codes are drawn left to right in a right-to-left page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  const admin = demo('program_admin', 'PTMP Balochistan');
  await signIn(page, admin.login);
  const original = await pageLocale(page);
  await chooseLanguage(page, 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // A PTMP teacher (country PK) with a Kosovo mobile: shown internationally, "+383 44 100 001".
  const programId = await myProgramId(page);
  const school = await findSchool(page);
  const run = String(Date.now()).slice(-6);
  const fullName = `شازیہ درانی ${run}`;
  const email = `sd.${run}@example.org`; // short enough for one line of its field
  const emisId = `BL-T-${run}`;
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const created = await page.request.post('/api/persons', {
    headers: { 'x-csrf-token': csrfToken },
    data: { programId, fullName, gender: 'female', phone: '+383 44 100 001', email, emisId, schoolId: school.id },
  });
  expect(created.status()).toBe(201);
  const person = (await created.json()) as { id: string; phone: string };
  expect(person.phone).toBe('+38344100001');
  const phone = '+383 44 100 001';

  // The people list: "name  female · BL-T-… · +383 44 100 001", read from the right.
  await page.goto(`/people?q=${encodeURIComponent(fullName)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('ur', 'people.title'));
  const row = page.getByTestId('people-results').locator('li', { hasText: fullName });
  await expect(row).toHaveCount(1);
  const listPhone = row.locator('.phone');
  await expectDrawnLeftToRight(listPhone, phone);
  const listEmis = row.locator('bdi', { hasText: emisId });
  await expectDrawnLeftToRight(listEmis, emisId);
  // Around the values the row keeps its right-to-left order: name, gender, EMIS id, phone.
  const name = await box(row.getByRole('link', { name: fullName }));
  const gender = await box(row.locator('.muted'));
  const [emisBox, phoneBox] = [await box(listEmis), await box(listPhone)];
  expect(name.left).toBeGreaterThan(gender.left);
  expect(emisBox.left).toBeGreaterThan(phoneBox.right - 0.5);
  expect(name.left).toBeGreaterThan(emisBox.right - 0.5);
  // The gender word comes first in the facts: rightmost of them.
  const genderWord = await charBoxes(row.locator('.muted'));
  const femaleText = tr('ur', 'gender.female');
  expect(genderWord[0]?.ch).toBe(femaleText[0]);
  expect(genderWord[0]?.right).toBeGreaterThan(emisBox.right);

  // The person page: phone, e-mail and EMIS id each left to right, at the start (right) of its field.
  await row.getByRole('link', { name: fullName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fullName);
  const facts = page.locator('dl.facts').first();
  const fact = (label: string) => facts.locator('div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
  const phoneFact = fact(tr('ur', 'person.phone'));
  const emailFact = fact(tr('ur', 'person.email'));
  const emisFact = fact(tr('ur', 'person.emisId'));
  const emailValue = emailFact.locator('bdi');
  const values: [Locator, string][] = [
    [phoneFact.locator('.phone'), phone],
    [emailValue, email],
    [emisFact.locator('bdi'), emisId],
  ];
  for (const [value, text] of values) {
    await expectDrawnLeftToRight(value, text);
    await expectAtStartOfField(value, text);
  }
  // "@" sits between the name part (left) and the domain (right), as in English.
  const mail = await charBoxes(emailValue);
  const at = mail.findIndex((b) => b.ch === '@');
  expect(mail[at - 1]?.right ?? 0).toBeLessThanOrEqual((mail[at]?.left ?? 0) + 0.5);
  expect(mail.at(-1)?.left ?? 0).toBeGreaterThan(mail[at]?.right ?? 0);

  // The school's page: its EMIS code ("LSB-012") left to right.
  await page.goto(`/org/${school.id}`);
  const code = page.locator('dd bdi', { hasText: school.emisCode ?? '' });
  await expectDrawnLeftToRight(code, school.emisCode ?? '');
  await expectAtStartOfField(code, school.emisCode ?? '');

  // Leave the demo account in its own language for the other specs.
  if (original !== 'ur') await chooseLanguage(page, original);
});
