import { CRUD, resourcePolicy } from './define';

/** A file uploaded from a device; until a record links it, only its uploader may touch it. */
export type UploadResource = { type: 'upload'; ownerUserId: string };

// Deliberately not even system admins: an upload may be a photo of a classroom.
export const uploadsPolicy = resourcePolicy<UploadResource>()('upload', CRUD, (actor, _action, r) => {
  return r.ownerUserId === actor.userId;
});
