import { z } from 'zod';
import { AnyId } from '../model/common';

/** The input of commands that only name their record (archive). */
export const ById = z.strictObject({ id: AnyId });
