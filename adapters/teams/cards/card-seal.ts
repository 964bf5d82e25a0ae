import { createHmac, timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

import type { Card } from '../../../src/bot/replies.js';

/**
 * Teams sends a card's action data back from the user's client, so a user could alter it. Cards
 * that the adapter re-posts from that data (a settled question, the card behind an edit form)
 * carry an HMAC of their content, and a card whose seal does not match is not used.
 */
export interface CardSeal {
  seal(card: Card): SealedCard;
  /** Returns the card, or null when it was altered or the data contains none. */
  open(data: unknown): Card | null;
}

export interface SealedCard {
  card: Card;
  seal: string;
}

const cardSchema = z.object({
  title: z.string(),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  notes: z.array(z.string()),
  actions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      style: z.enum(['primary', 'danger', 'default']),
      value: z.string(),
    }),
  ),
  fallbackText: z.string(),
  tone: z.enum(['info', 'success', 'warning', 'danger']),
});

const sealedSchema = z.object({ card: cardSchema, seal: z.string() });

/** Seals cards with a key derived from `secret`, so only this bot's cards open. */
export function createCardSeal(secret: string): CardSeal {
  const key = createHmac('sha256', secret).update('frontdesk teams card seal').digest();
  // The schema fixes the key order, so a card hashes the same before and after the round trip.
  const mac = (card: Card) =>
    createHmac('sha256', key)
      .update(JSON.stringify(cardSchema.parse(card)))
      .digest();

  return {
    seal: (card) => ({
      card: cardSchema.parse(card),
      seal: mac(card).toString('base64url'),
    }),
    open(data) {
      const parsed = sealedSchema.safeParse(data);
      if (!parsed.success) return null;
      const card = parsed.data.card;
      const given = Buffer.from(parsed.data.seal, 'base64url');
      const expected = mac(card);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      return card;
    },
  };
}
