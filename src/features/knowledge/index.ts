export { reloadRoute } from './routes.js';
