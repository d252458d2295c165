// Einstellungen › Kanäle: the channels in rank order, each editable in its row, and a form to add one.
import { useId } from 'react';
import { useSettingsT } from './settingsI18n';
import { useChannels } from '../../storage/settings/settingsQueries';
import { AddChannelForm } from './AddChannelForm';
import { ChannelRow } from './ChannelRow';

export function ChannelsSection() {
  const t = useSettingsT();
  const s = t.settings.channels;
  const id = useId();
  const channels = useChannels();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{s.heading}</h2>
      <p className="section-intro">{s.intro}</p>
      {channels === undefined ? (
        <p>{t.loading}</p>
      ) : (
        <ul className="settings-list channel-list">
          {channels.map((channel) => (
            <ChannelRow key={channel.id} channel={channel} />
          ))}
        </ul>
      )}
      <AddChannelForm />
    </section>
  );
}
