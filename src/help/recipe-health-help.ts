import type { PageHealth } from '../model/page-health';
import type { HelpText } from './help-texts';

/** Recipe health (recipes/health.ts): what a page that needs attention means, and who fixes it. */
export const RECIPE_HEALTH_HELP: Readonly<Record<Exclude<PageHealth['status'], 'healthy'>, HelpText>> = {
  degraded: {
    means:
      'The care system\u2019s page no longer looks the way its recipe expects (the supplier changed it, or it showed an error), so Record Lens stopped storing from it: no wrong record reaches your figures.',
    todo: 'Open the page and check it shows records as usual. If it does, fix the recipe: Record Lens settings, Recipes (or Teach this page again). The next good capture clears the warning.',
  },
};
