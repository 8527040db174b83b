import type { QuoteRef } from './core';

/** A quote with who said it: what the quote lists of the timeline and the network show. */
export interface QuoteWithSpeaker {
  quote: QuoteRef;
  expertId: string;
}
