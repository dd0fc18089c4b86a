export type { Bot, BotOptions } from './bot.js';
export { createBot } from './bot.js';
