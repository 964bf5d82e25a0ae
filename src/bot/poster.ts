import type { ConversationAddress, Reply } from './replies.js';

/**
 * A platform's reference to a message it posted, opaque outside its adapter: a Slack message ts,
 * a Teams activity id, a console or playground counter.
 */
export type MessageRef = string;

/** Posts replies into one platform's channels, outside any request (digests, job results). */
export interface ChannelPoster {
  platform: ConversationAddress['platform'];
  /**
   * Posts the replies in order and returns one reference per reply, or null for a reply that
   * cannot be edited later, such as a file.
   */
  post(channelId: string, replies: Reply[]): Promise<(MessageRef | null)[]>;
  /** Replaces a message this poster posted with `reply`, for everyone in the conversation. */
  update(channelId: string, ref: MessageRef, reply: Reply): Promise<void>;
}

/** Posts into any conversation whose platform has a poster, and edits what it posted. */
export interface Poster {
  post(address: ConversationAddress, replies: Reply[]): Promise<(MessageRef | null)[]>;
  update(address: ConversationAddress, ref: MessageRef, reply: Reply): Promise<void>;
  /** Whether posts to this platform can be delivered by this process. */
  reaches(platform: ConversationAddress['platform']): boolean;
}

export function createPoster(posters: ChannelPoster[]): Poster {
  const byPlatform = new Map(posters.map((poster) => [poster.platform, poster]));

  function posterFor(platform: ConversationAddress['platform']): ChannelPoster {
    const poster = byPlatform.get(platform);
    if (poster === undefined) {
      throw new Error(`No poster for ${platform} is configured in this process`);
    }
    return poster;
  }

  return {
    async post(address, replies) {
      return posterFor(address.platform).post(address.channelId, replies);
    },
    async update(address, ref, reply) {
      await posterFor(address.platform).update(address.channelId, ref, reply);
    },
    reaches: (platform) => byPlatform.has(platform),
  };
}
