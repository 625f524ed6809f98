/**
 * The owner's share links. Apart from the skillprint itself: the card that shows a skillprint
 * never manages links (its share panel loads on demand), so its bundle keeps none of this.
 */
import * as z from 'zod/mini';
import { Id, Timestamp, named, text, int } from './common.js';

/** A link made to pass on, or for the QR code on a printed skillprint. */
export const SharePurpose = z.enum(['link', 'print']);

export const ShareLink = /*#__PURE__*/ named(
  z.object({
    id: Id,
    skillprintId: Id,
    token: text(16, 200),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    revokedAt: z.optional(Timestamp),
    /** What it was made for: a link to pass on, or the QR code of a printed skillprint (its list tells them apart). */
    purpose: z.optional(SharePurpose),
  }),
  'ShareLink',
  'A link that lets anyone with it view a skillprint until it expires or is revoked.',
);
export const CreateShareLink = z.object({ expiresInDays: int(1, 365), purpose: z.optional(SharePurpose) });
export const ShareLinkList = z.object({ items: z.array(ShareLink) });
export type ShareLink = z.infer<typeof ShareLink>;
