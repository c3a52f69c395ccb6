import { useEffect, useState } from 'preact/hooks';
import { AuditTemplates } from './screens/AuditTemplates';
import { CarePlanRules } from './screens/CarePlanRules';
import { RecipeEditor } from './screens/RecipeEditor';
import { QualityRules } from './screens/QualityRules';
import { Recipes } from './screens/Recipes';
import { YourData } from './screens/YourData';
import { Lock } from './screens/Lock';
import { Targets } from './screens/Targets';
import { Shifts } from './screens/Shifts';
import { Pseudonyms } from './screens/Pseudonyms';
import { ManyHomes } from './screens/ManyHomes';

/**
 * The options page. One screen at a time: the list of recipes, or the editor for one of the
 * user's own recipes. The editor is kept out of the URL on purpose, so in-page links (the error
 * summary's) never navigate away from unsaved changes.
 */
export function App() {
  const [editing, setEditing] = useState<string>();
  useEffect(() => {
    document.title = editing ? 'Edit recipe – Record Lens' : 'Recipes – Record Lens';
  }, [editing]);
  return (
    <main>
      <h1>Record Lens settings</h1>
      {editing ? (
        <RecipeEditor id={editing} onClose={() => setEditing(undefined)} />
      ) : (
        <>
          <Recipes onEdit={setEditing} />
          <QualityRules />
          <Shifts />
          <CarePlanRules />
          <Targets />
          <AuditTemplates />
          <Pseudonyms />
          <YourData />
          <ManyHomes />
          <Lock />
        </>
      )}
      <p class="muted small">Recipes and everything Record Lens reads stay on this device.</p>
    </main>
  );
}
