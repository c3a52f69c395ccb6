import { BaselineForm } from './screens/BaselineForm';
import { Overview } from './screens/Overview';
import { ThisPage } from './screens/ThisPage';
import { useCurrentTab } from './use-current-tab';

export function App() {
  const tabId = useCurrentTab();
  return (
    <main>
      <h1>Record Lens</h1>
      <ThisPage tabId={tabId} />
      <Overview />
      <BaselineForm />
      <p class="muted small">Everything shown here stays on this device.</p>
    </main>
  );
}
