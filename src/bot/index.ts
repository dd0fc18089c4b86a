export type { Bot, BotOptions, BotResponse } from './bot.js';
export { createBot } from './bot.js';
