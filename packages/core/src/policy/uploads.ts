import { type ContentResource, contentPolicy } from './content';
import { CRUD, resourcePolicy } from './define';

/**
 * A file uploaded from a device. Its uploader may do anything with it; `linkedBy` are the content
 * records that link it (an action review's evidence, a meeting's artefact): whoever may read one of
 * them may read the file too (issue 8, point 2: the pair sees a review's evidence).
 */
export type UploadResource = { type: 'upload'; ownerUserId: string; linkedBy?: readonly ContentResource[] };

// Deliberately not even system admins: an upload may be a photo of a classroom.
export const uploadsPolicy = resourcePolicy<UploadResource>()('upload', CRUD, (actor, action, r) => {
  if (r.ownerUserId === actor.userId) return true;
  return action === 'read' && (r.linkedBy ?? []).some((c) => contentPolicy.rule(actor, 'read', c));
});
