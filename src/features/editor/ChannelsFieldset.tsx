// Kanäle: one checkbox per channel with its colour swatch; the name is always shown, so colour is
// never the only signal. Retired channels appear only on items that already carry them. A channel
// id that no board knows (a colleague's file named a channel we never received) is kept on the item
// and shown as "Unbekannter Kanal", so it can be removed, and heals when the channel arrives.
import type { Channel } from '../../domain/types';
import { useEditorT } from './useEditorT';

interface ChannelsFieldsetProps {
  channels: Channel[];
  /** Channel ids the item had when the dialog opened: their retired channels stay visible. */
  initialIds: string[];
  selectedIds: string[];
  onChange: (ids: string[]) => void;
}

export function ChannelsFieldset({ channels, initialIds, selectedIds, onChange }: ChannelsFieldsetProps) {
  const t = useEditorT();
  const shown = channels.filter((c) => !c.retired || initialIds.includes(c.id));
  const known = new Set(channels.map((c) => c.id));
  const unknownIds = initialIds.filter((id) => !known.has(id));
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selectedIds.filter((s) => s !== id), id] : selectedIds.filter((s) => s !== id));

  return (
    <fieldset className="editor-fieldset">
      <legend>{t.editor.fields.channels}</legend>
      {shown.length === 0 && unknownIds.length === 0 ? (
        <p className="editor-muted">{t.editor.noChannels}</p>
      ) : (
        <ul className="editor-channels">
          {shown.map((channel) => (
            <li key={channel.id}>
              <label className="editor-check">
                <input
                  type="checkbox"
                  checked={selectedIds.includes(channel.id)}
                  onChange={(event) => toggle(channel.id, event.target.checked)}
                />
                <span
                  className="editor-swatch"
                  style={{ backgroundColor: channel.color }}
                  aria-hidden="true"
                />
                {channel.retired ? `${channel.name} ${t.editor.retired}` : channel.name}
              </label>
            </li>
          ))}
          {unknownIds.map((id, n) => (
            <li key={id}>
              <label className="editor-check">
                <input
                  type="checkbox"
                  checked={selectedIds.includes(id)}
                  onChange={(event) => toggle(id, event.target.checked)}
                />
                {unknownIds.length === 1 ? t.editor.unknownChannel : `${t.editor.unknownChannel} ${n + 1}`}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
