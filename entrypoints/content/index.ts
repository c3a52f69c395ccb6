import '@/src/messaging/zod-setup'; // first: before any module builds a zod schema
import { startPageCapture } from './page-capture';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startPageCapture(ctx);
  },
});
