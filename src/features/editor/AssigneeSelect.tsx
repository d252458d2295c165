// Zuständig: "Niemand" plus the active team members. A retired (or unknown) member who is already
// assigned stays selectable, so opening and saving an old item never silently unassigns it.
import type { Member } from '../../domain/types';
import { useEditorT } from './useEditorT';

interface AssigneeSelectProps {
  id: string;
  members: Member[];
  /** Assignee when the dialog opened ('' = nobody). */
  initialId: string;
  value: string;
  onChange: (id: string) => void;
}

export function AssigneeSelect({ id, members, initialId, value, onChange }: AssigneeSelectProps) {
  const t = useEditorT();
  const shown = members.filter((m) => !m.retired || m.id === initialId);
  const unknown = initialId !== '' && !members.some((m) => m.id === initialId);
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t.editor.nobody}</option>
      {shown.map((member) => (
        <option key={member.id} value={member.id}>
          {member.retired ? `${member.name} ${t.editor.retired}` : member.name}
        </option>
      ))}
      {unknown && <option value={initialId}>{t.editor.unknownMember}</option>}
    </select>
  );
}
