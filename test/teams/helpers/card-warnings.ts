import * as AdaptiveCards from 'adaptivecards';

/**
 * Parses and validates a card with the `adaptivecards` library, the renderer of Teams' web
 * client, and returns its warnings: unknown elements, bad values, missing properties.
 */
export function cardWarnings(json: unknown): string[] {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  card.parse(json, context);
  const parseEvents = Array.from(
    { length: context.eventCount },
    (_unused, index) => context.getEventAt(index).message,
  );
  const validation = card.validateProperties().validationEvents.map((event) => event.message);
  return [...parseEvents, ...validation];
}
