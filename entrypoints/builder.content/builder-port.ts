import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BUILDER_PORT, BuilderCommandSchema } from '@/src/messaging/builder-protocol';
import { fieldLabel } from '@/src/model/field-labels';
import { HighlightLayer } from '@/src/overlay/highlight-layer';
import { startPicker } from '@/src/overlay/picker';
import { TeachSession } from '@/src/overlay/teach-session';
import { queryAllDeep } from '@/src/recipes/selector/deep-query';

const FLAG = '__recordLensBuilder';

/**
 * Serves the side panel's builder port: one teaching session per connection, its overlay and
 * click interception removed when the panel disconnects, stops, or the page goes away.
 */
export function startBuilder(ctx: ContentScriptContext): void {
  const w = window as unknown as Record<string, boolean>;
  if (w[FLAG]) return;
  w[FLAG] = true;
  ctx.onInvalidated(() => void (w[FLAG] = false));

  browser.runtime.onConnect.addListener((port) => {
    const sender = port.sender;
    // Only our own side panel may drive the builder (never another extension or a page).
    if (port.name !== BUILDER_PORT || sender?.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) {
      return port.disconnect();
    }
    let session: TeachSession | undefined;
    let layer: HighlightLayer | undefined;
    let stopPicking: (() => void) | undefined;
    let hovered: Element | undefined;
    const lifetime = new AbortController();
    ctx.onInvalidated(() => lifetime.abort());

    const post = () => session && port.postMessage(session.state(location.href));
    const draw = () => {
      if (!session || !layer) return;
      const first = session.matches()[0];
      const fields = Object.entries(session.fields).flatMap(([name, spec]) => {
        const sel = typeof spec.selector === 'string' ? spec.selector : spec.selector[0]!;
        const el = spec.scope === 'page' ? queryAllDeep(document, sel)[0] : first && (sel === ':scope' ? first : queryAllDeep(first, sel)[0]);
        return el ? [{ el, label: fieldLabel(name) }] : [];
      });
      layer.show(session.matches(), fields, hovered);
      layer.say(
        session.mode === 'records'
          ? session.selector
            ? `${session.matches().length} highlighted. Click a highlighted item that is not a record to leave it out, or a missed record to add it.`
            : 'Click one record on the page.'
          : session.mode === 'field'
            ? `Click the ${fieldLabel(session.field ?? '')} in a highlighted record (or once on the page).`
            : `${session.matches().length} records highlighted.`,
      );
    };
    const teardown = () => {
      stopPicking?.();
      layer?.remove();
      layer = undefined;
      removeEventListener('scroll', redraw, true);
      removeEventListener('resize', redraw);
    };
    const redraw = () => layer?.redraw();
    const pick = () => {
      stopPicking?.();
      stopPicking = startPicker(document, (t) => !!layer?.contains(t), {
        pick: (target) => {
          if (!session) return;
          if (session.mode === 'records') session.clickRecord(target);
          else if (session.mode === 'field' && session.field) {
            session.clickField(session.field, target);
            session.mode = 'idle';
            stopPicking?.();
          }
          draw();
          post();
        },
        hover: (target) => {
          hovered = target;
          draw();
        },
        cancel: () => {
          if (session) session.mode = 'idle';
          stopPicking?.();
          hovered = undefined;
          draw();
          post();
        },
      }, lifetime.signal);
    };

    port.onMessage.addListener((raw: unknown) => {
      const parsed = BuilderCommandSchema.safeParse(raw);
      if (!parsed.success) return;
      const cmd = parsed.data;
      if (cmd.command === 'start') {
        teardown();
        session = new TeachSession(document, cmd.recordType);
        layer = new HighlightLayer(document, () => {
          if (session) session.mode = 'idle';
          stopPicking?.();
          draw();
          post();
        });
        addEventListener('scroll', redraw, true);
        addEventListener('resize', redraw);
      }
      if (!session) return;
      if (cmd.command === 'start' || cmd.command === 'pickRecords') {
        session.mode = 'records';
        pick();
      } else if (cmd.command === 'widen') session.widen();
      else if (cmd.command === 'pickField') {
        session.mode = 'field';
        session.field = cmd.field;
        pick();
      } else if (cmd.command === 'clearField') session.clearField(cmd.field);
      else if (cmd.command === 'stop') {
        session.mode = 'idle';
        teardown();
      }
      draw();
      post();
    });
    port.onDisconnect.addListener(() => {
      teardown();
      lifetime.abort();
      session = undefined;
    });
  });
}
