export interface CardActionJson {
  type: string;
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

export interface CardJson {
  type: string;
  version: string;
  body: Record<string, unknown>[];
  actions?: CardActionJson[];
  fallbackText: string;
}

/** Returns the Adaptive Card in an activity or an invoke response. */
export function cardOf(activityOrInvoke: unknown): CardJson {
  const value = activityOrInvoke as {
    attachments?: { contentType: string; content: CardJson }[];
    type?: string;
    value?: CardJson;
  };
  if (value.attachments !== undefined) {
    const [attachment] = value.attachments;
    if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') {
      throw new Error('The activity carries no Adaptive Card');
    }
    return attachment.content;
  }
  if (value.type === 'application/vnd.microsoft.card.adaptive' && value.value !== undefined) {
    return value.value;
  }
  throw new Error(`No Adaptive Card in ${JSON.stringify(activityOrInvoke)}`);
}

/** Joins every text a card shows: text blocks, facts and input labels. */
export function textOf(card: CardJson): string {
  const parts: string[] = [];
  for (const element of card.body) {
    if (typeof element.text === 'string') parts.push(element.text);
    if (typeof element.label === 'string') parts.push(element.label);
    const facts = element.facts as { title: string; value: string }[] | undefined;
    for (const fact of facts ?? []) parts.push(`${fact.title} ${fact.value}`);
  }
  return parts.join('\n');
}

export function actionsOf(card: CardJson): CardActionJson[] {
  return card.actions ?? [];
}

export function actionNamed(card: CardJson, title: string): CardActionJson {
  const action = actionsOf(card).find((each) => each.title === title);
  if (action === undefined) throw new Error(`No "${title}" action on the card`);
  return action;
}
