import { careSystemAuditMonths } from '@/src/audit/care-system-audits';
import { auditTemplates, closedAuditCycles, openAuditCycle } from '@/src/store/audits';
import { getDb } from '@/src/store/db';
import { readSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { AuditResults } from './AuditResults';
import { AuditStart } from './AuditStart';
import { AuditWalk } from './AuditWalk';
import { CareSystemAudits } from './CareSystemAudits';

/** Documentation audits: start a cycle, walk its sample beside the care system, compare cycles. */
export function Audits({ tabId }: { tabId?: number }) {
  const { value } = useLiveQuery(async () => {
    const db = getDb();
    const [open, closed, templates, settings, own] = await Promise.all([
      openAuditCycle(db),
      closedAuditCycles(db),
      auditTemplates(db),
      readSettings(db),
      db.careSystemAudits.toArray(),
    ]);
    return { open, closed, templates, settings, months: careSystemAuditMonths(own) };
  }, []);
  if (!value) return null;
  return (
    <section aria-labelledby="audits-title" data-testid="audits">
      <h2 id="audits-title">Documentation audit</h2>
      {value.open ? (
        <AuditWalk key={value.open.id} cycle={value.open} tabId={tabId} />
      ) : (
        <AuditStart templates={value.templates} auditor={value.settings.reviewer} />
      )}
      <AuditResults closed={value.closed} target={value.settings.auditTarget} />
      <CareSystemAudits months={value.months} />
    </section>
  );
}
