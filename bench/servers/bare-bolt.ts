// The Slack baseline: a Bolt app on the same HTTP receiver settings as Frontdesk's that only
// acknowledges slash commands and button clicks.
import { App, HTTPReceiver } from '@slack/bolt';

const port = Number(process.env.PORT);
const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  port,
  processBeforeResponse: false,
});
const app = new App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN ?? '',
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
  deferInitialization: true,
});
app.command(/.*/, async ({ ack }) => {
  await ack();
});
app.action(/.*/, async ({ ack }) => {
  await ack();
});

await app.init();
await app.start(port);
process.once('SIGTERM', () => {
  void app.stop().then(() => process.exit(0));
});
