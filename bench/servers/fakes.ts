// Runs every stand-in the servers under test talk to, in one process of its own so that their
// CPU time counts against neither the subject nor the baseline: the ElevenOS sandbox, an
// instant Slack Web API, and Microsoft's identity endpoints and Bot Connector.
import { startSandbox } from '../../src/sandbox/index.js';
import { startFakeConnector } from '../../test/teams/helpers/fake-connector.js';
import { startFakeIdentity } from '../../test/teams/helpers/fake-identity.js';
import { startInstantSlackApi } from './instant-slack-api.js';

/** What the bench process needs to point the servers under test at these stand-ins. */
export interface FakeEndpoints {
  sandboxUrl: string;
  slackApiUrl: string;
  metadataUrl: string;
  loginUrl: string;
  serviceUrl: string;
  /** A Bot Connector token for activities from `serviceUrl`, valid for an hour. */
  channelToken: string;
}

const sandbox = await startSandbox({});
const slack = await startInstantSlackApi();
const identity = await startFakeIdentity();
const connector = await startFakeConnector((token) => identity.issuedTokens.has(token));

const endpoints: FakeEndpoints = {
  sandboxUrl: sandbox.baseUrl,
  slackApiUrl: slack.apiUrl,
  metadataUrl: identity.metadataUrl,
  loginUrl: identity.loginUrl,
  serviceUrl: connector.serviceUrl,
  channelToken: identity.channelToken(connector.serviceUrl),
};
process.send?.(endpoints);

process.once('SIGTERM', () => {
  // The connector and identity keep what they received; the process ends with the run.
  process.exit(0);
});
