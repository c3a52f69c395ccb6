import { browser } from 'wxt/browser';
import { getDb } from '@/src/store/db';
import { pageCaptureForTab } from '@/src/store/queries';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { LockNow } from '@/src/ui/LockNow';
import { BaselineForm } from './screens/BaselineForm';
import { HistoryCapture } from './screens/HistoryCapture';
import { Agreement } from './screens/Agreement';
import { Audits } from './screens/Audits';
import { Coaching } from './screens/Coaching';
import { Backlog } from './screens/Backlog';
import { Overview } from './screens/Overview';
import { PickedNote } from './screens/PickedNote';
import { RecipeHealth } from './screens/RecipeHealth';
import { Sampling } from './screens/Sampling';
import { Teach } from './screens/Teach';
import { ThisPage } from './screens/ThisPage';
import { useCurrentTab } from './use-current-tab';

export function App() {
  const tabId = useCurrentTab();
  const { value: page } = useLiveQuery(
    async () => (tabId === undefined ? undefined : pageCaptureForTab(getDb(), tabId)),
    [tabId],
  );
  return (
    <main>
      <h1>Record Lens</h1>
      <nav aria-label="Sections of this panel" class="jump">
        {[
          ['this-page-title', 'This page'],
          ['sampling-title', 'Sample'],
          ['overview-title', 'Notes'],
          ['backlog-title', 'Care plans'],
          ['audits-title', 'Audit'],
          ['agreement-title', 'Samples'],
          ['coaching-title', 'Coaching'],
        ].map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label}
          </a>
        ))}
      </nav>
      <RecipeHealth />
      <ThisPage page={page} />
      <PickedNote tabId={tabId} />
      <Sampling tabId={tabId} page={page} />
      <HistoryCapture page={page} />
      <Teach tabId={tabId} />
      <Overview />
      <Backlog />
      <Audits tabId={tabId} />
      <Agreement />
      <Coaching tabId={tabId} />
      <BaselineForm />
      <p class="muted small">
        Everything shown here stays on this device.{' '}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Manage recipes
        </button>{' '}
        <LockNow />
      </p>
    </main>
  );
}
