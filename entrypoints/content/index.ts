import { startPageCapture } from './page-capture';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startPageCapture(ctx);
  },
});
