import type { ConversationAddress, Reply } from './replies.js';

/** Posts replies into one platform's channels, outside any request (digests, job results). */
export interface ChannelPoster {
  platform: ConversationAddress['platform'];
  post(channelId: string, replies: Reply[]): Promise<void>;
}

/** Posts into any conversation whose platform has a poster. */
export interface Poster {
  post(address: ConversationAddress, replies: Reply[]): Promise<void>;
  /** Whether posts to this platform can be delivered by this process. */
  reaches(platform: ConversationAddress['platform']): boolean;
}

export function createPoster(posters: ChannelPoster[]): Poster {
  const byPlatform = new Map(posters.map((poster) => [poster.platform, poster]));
  return {
    async post(address, replies) {
      const poster = byPlatform.get(address.platform);
      if (poster === undefined) {
        throw new Error(`No poster for ${address.platform} is configured in this process`);
      }
      await poster.post(address.channelId, replies);
    },
    reaches: (platform) => byPlatform.has(platform),
  };
}
