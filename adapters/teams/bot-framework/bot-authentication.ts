import { CallerIdConstants, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';

import type { TeamsSettings } from '../../../src/config.js';
import { ClientCredentialsFactory } from './client-credentials.js';

export interface BotAuthenticationOptions {
  settings: TeamsSettings;
  /** Used for the bot's token requests; tests count them. */
  fetch?: typeof globalThis.fetch;
}

/** The issuer of the Bot Connector's tokens in the public cloud, the only issuer Frontdesk accepts. */
export const CHANNEL_TOKEN_ISSUER = AuthenticationConstants.ToBotFromChannelTokenIssuer;

/**
 * Builds botbuilder's authentication from the Teams settings: the public cloud's values, with
 * the OpenID metadata URL and the login URL taken from the settings when they are set.
 */
export function createBotAuthentication(
  options: BotAuthenticationOptions,
): ConfigurationBotFrameworkAuthentication {
  const { settings } = options;
  const loginUrl =
    settings.loginUrl ??
    `${AuthenticationConstants.ToChannelFromBotLoginUrlPrefix}${settings.tenantId}`;
  const metadataUrl =
    settings.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;

  // Once any of these keys is set, botbuilder 4.23 takes all of them as given and leaves the
  // rest undefined, so every one is set here.
  return new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: settings.appId,
      MicrosoftAppTenantId: settings.tenantId,
      MicrosoftAppType: 'SingleTenant',
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: loginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: CHANNEL_TOKEN_ISSUER,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
      // Emulator tokens are checked against the Bot Connector's keys too, so none passes; the
      // adapter accepts the Bot Connector's issuer only.
      ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    },
    new ClientCredentialsFactory(settings.appId, settings.appPassword, options.fetch),
  );
}
