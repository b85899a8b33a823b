import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanWorld, type PlanWorld } from '../../../test/plan-world';
import type { Client } from '../../../test/world';
import { newId } from '../../clock';

/** Uploads `bytes` as a finished PDF of `c`; returns its id. */
async function uploadPdf(w: PlanWorld, c: Client, bytes: Buffer): Promise<string> {
  const id = newId();
  await c.send('POST', '/api/uploads', {
    id,
    filename: 'evidence.pdf',
    contentType: 'application/pdf',
    size: bytes.length,
  });
  const res = await w.app.inject({
    method: 'PATCH',
    url: `/api/uploads/${id}`,
    cookies: c.cookies,
    headers: { 'x-csrf-token': c.csrfToken, 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
    payload: bytes,
  });
  expect(res.json().complete).toBe(true);
  return id;
}

describe('an upload linked by a record is read by whoever may read the record', () => {
  let w: PlanWorld;
  let mentor: Client;
  let mentee: Client;
  beforeAll(async () => {
    w = await makePlanWorld();
    mentor = await w.as('mentor');
    mentee = await w.as('mentee');
  });
  afterAll(() => w.close());

  it("the mentor opens the teacher's review evidence; an official and another teacher get 404", async () => {
    const need = await mentor.send('POST', '/api/needs', {
      groupId: w.groupId,
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      level: 'specific',
      areaKey: 'assessment',
      source: 'meeting',
      description: 'Questions that check understanding during the lesson',
    });
    expect(need.statusCode, need.body).toBe(201);
    const goal = await mentor.send('POST', '/api/goals', {
      groupId: w.groupId,
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      needIds: [need.json().id],
      title: 'Use exit tickets in every maths lesson',
    });
    expect(goal.statusCode, goal.body).toBe(201);
    const action = await mentee.send('POST', `/api/goals/${goal.json().id}/actions`, {
      title: 'Try exit tickets in 5B',
      assigneePersonId: w.people.mentee,
      dueDate: '2026-04-01',
    });
    expect(action.statusCode, action.body).toBe(201);
    const bytes = Buffer.from('%PDF-1.4 exit tickets of 5B');
    const uploadId = await uploadPdf(w, mentee, bytes);
    const url = `/api/uploads/${uploadId}/content`;
    // Before a record links it, the file is its uploader's alone.
    expect((await w.app.inject({ method: 'GET', url, cookies: mentor.cookies })).statusCode).toBe(404);

    const review = await mentee.send('POST', `/api/actions/${action.json().id}/reviews`, {
      text: 'Half the class answered the second question.',
      uploadIds: [uploadId],
    });
    expect(review.statusCode, review.body).toBe(201);
    const byMentor = await w.app.inject({ method: 'GET', url, cookies: mentor.cookies });
    expect(byMentor.statusCode).toBe(200);
    expect(byMentor.rawPayload.equals(bytes)).toBe(true);
    expect((await mentor.get(`/api/uploads/${uploadId}`)).json()).toMatchObject({ complete: true });

    const officer = await w.as('officer');
    const colleague = await w.asExtra('colleague');
    for (const c of [officer, colleague, await w.as('outsider'), await w.as('admin')]) {
      expect((await w.app.inject({ method: 'GET', url, cookies: c.cookies })).statusCode).toBe(404);
      expect((await c.get(`/api/uploads/${uploadId}`)).statusCode).toBe(404);
    }
    // Reading is not writing: the mentor cannot append to the teacher's file.
    const append = await w.app.inject({
      method: 'PATCH',
      url: `/api/uploads/${uploadId}`,
      cookies: mentor.cookies,
      headers: {
        'x-csrf-token': mentor.csrfToken,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(bytes.length),
      },
      payload: Buffer.from('x'),
    });
    expect(append.statusCode).toBe(404);
  });

  it("a member of the group opens a meeting artefact's file; an official does not", async () => {
    const scheduled = await mentor.send('POST', `/api/groups/${w.groupId}/meetings`, {
      kind: 'cluster_meeting',
      menteePersonId: null,
      title: 'Exit tickets',
      scheduledFor: '2026-03-12T13:00:00.000Z',
      durationMinutes: 90,
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const bytes = Buffer.from('%PDF-1.4 grade 5 fractions exit ticket');
    const uploadId = await uploadPdf(w, mentor, bytes);
    const artefact = await mentor.send('POST', '/api/meeting-artefacts', {
      meetingId: scheduled.json().id,
      kind: 'test',
      title: 'Grade 5 fractions exit ticket',
      uploadId,
    });
    expect(artefact.statusCode, artefact.body).toBe(201);
    const url = `/api/uploads/${uploadId}/content`;
    const colleague = await w.asExtra('colleague');
    const byMember = await w.app.inject({ method: 'GET', url, cookies: colleague.cookies });
    expect(byMember.statusCode).toBe(200);
    expect(byMember.rawPayload.equals(bytes)).toBe(true);
    for (const c of [await w.as('officer'), await w.asExtra('otherMentor')])
      expect((await w.app.inject({ method: 'GET', url, cookies: c.cookies })).statusCode).toBe(404);
  });
});
