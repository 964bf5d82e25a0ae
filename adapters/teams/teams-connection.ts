// The narrow boundary between Frontdesk's Teams adapter and a Bot Framework SDK. Everything the
// adapter needs from botbuilder goes through `TeamsConnection`, so moving to the Teams SDK or the
// Agents SDK means writing one new implementation of it and nothing else.

/** The fields of an incoming Bot Framework activity that Frontdesk reads. */
export interface TeamsActivity {
  type: string;
  id?: string;
  name?: string;
  text?: string;
  /** The message a card action or reply belongs to. */
  replyToId?: string;
  from?: { id: string; name?: string; aadObjectId?: string };
  recipient?: { id: string; name?: string };
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  channelData?: { tenant?: { id?: string }; [key: string]: unknown };
  entities?: { type: string; text?: string; mentioned?: { id: string } }[];
  value?: unknown;
  /** installationUpdate: "add", "add-upgrade", "remove" or "remove-upgrade". */
  action?: string;
  membersAdded?: { id: string }[];
  membersRemoved?: { id: string }[];
}

/**
 * Where the bot can post into a conversation: the Bot Framework conversation reference as JSON.
 * The adapter stores it and hands it back; only the connection reads its other fields.
 */
export interface ConversationRef {
  conversation: { id: string };
  serviceUrl: string;
  activityId?: string;
  [field: string]: unknown;
}

/** A message the bot sends: text, or an Adaptive Card with a plain-text summary. */
export interface OutgoingActivity {
  type: 'message';
  text?: string;
  /** What Teams shows in notifications and the activity feed for a card. */
  summary?: string;
  attachments?: { contentType: string; content: unknown }[];
}

/** The HTTP answer to an invoke activity, such as an `adaptiveCard/action` click. */
export interface InvokeReply {
  status: number;
  body?: unknown;
}

export type ActivityHandler = (
  activity: TeamsActivity,
  reference: ConversationRef,
) => Promise<InvokeReply | null>;

export interface ReceivedRequest {
  /** The `Authorization` header, if any. */
  authorization: string | undefined;
  /** The parsed JSON body. */
  body: unknown;
}

export interface TeamsConnection {
  /**
   * Authenticates one request to the messaging endpoint and runs `handler` on its activity.
   * Returns the HTTP status and body to answer with; 401 for any failed check, without running
   * the handler.
   */
  receive(request: ReceivedRequest, handler: ActivityHandler): Promise<InvokeReply>;
  /** Posts into a conversation, outside any incoming request. Returns the new message's id. */
  send(reference: ConversationRef, activity: OutgoingActivity): Promise<string | null>;
  /** Replaces a message the bot posted earlier, for everyone in the conversation. */
  update(reference: ConversationRef, messageId: string, activity: OutgoingActivity): Promise<void>;
}
