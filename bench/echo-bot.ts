/**
 * The baseline for `npm run bench`: a minimal teams-ai echo bot on our stack (restify, botbuilder's
 * CloudAdapter via teams-ai's TeamsAdapter, an Application with in-memory storage). It is the one file
 * outside src/bot and src/http that imports the SDKs: the SDK itself is what it measures.
 * Run as its own process: `node dist/bench/echo-bot.js` with PORT.
 */
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { MemoryStorage } from 'botbuilder';
import restify from 'restify';

const adapter = new TeamsAdapter({});
const app = new Application<TurnState>({ adapter, storage: new MemoryStorage() });
app.message(/.*/, async (context) => {
  await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
});

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (request, response) => {
  await adapter.process(request, response, async (context) => {
    await app.run(context);
  });
});
server.get('/readyz', (_request, response, next) => {
  response.send(200, { status: 'ready' });
  next();
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
