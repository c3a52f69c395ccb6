import '@/src/messaging/zod-setup'; // first: before any module builds a zod schema
import { startBuilder } from './builder-port';

/**
 * The recipe builder, injected into one tab on demand when the user chooses "Teach this page"
 * (never registered for any site), so it costs nothing on pages nobody is teaching.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startBuilder(ctx);
  },
});
