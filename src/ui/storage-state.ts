/** What the browser says about this extension's storage (navigator.storage). */
export interface StorageFacts {
  usage?: number;
  quota?: number;
  /** True when the browser has promised not to clear the store under storage pressure. */
  persisted: boolean;
}

const mb = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.max(0.1, bytes / 1e6).toFixed(1)} MB`);

/** Above this share of the quota the panel warns before captures start failing. */
export const NEARLY_FULL = 0.9;

/** One sentence for the panel, and whether it is a warning. */
export function storageState(f: StorageFacts): { text: string; warning: boolean } {
  const kept = f.persisted
    ? 'The browser keeps it permanently (it will not clear it to free space).'
    : 'The browser has not marked this storage as persistent, so it could clear it if the device ran very short of space: keep exports of what you need.';
  if (f.usage === undefined || !f.quota) return { text: `Records are stored on this device only. ${kept}`, warning: false };
  const share = f.usage / f.quota;
  const used = `Records use ${mb(f.usage)} of the ${mb(f.quota)} this device allows.`;
  if (share >= NEARLY_FULL) return { text: `${used} Storage is nearly full: capture will pause when it is. Free some disk space. ${kept}`, warning: true };
  return { text: `${used} ${kept}`, warning: false };
}
