import * as z from 'zod/mini';
import type * as domain from '@pfw/core/domain';

/** Where a work scene plays (a widget draws it; a micro-lesson's page may show it too). */
export const SceneSetting = z.enum([
  'care-home',
  'home-care',
  'warehouse',
  'shop',
  'kitchen',
  'restaurant',
  'hotel',
  'construction',
  'customer-home',
  'workshop',
  'delivery',
]);
export type SceneSetting = domain.SceneSetting;
