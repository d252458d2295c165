// Einstellungen' strings load with Einstellungen, not with the board (see withArea).
import { withArea } from '../../i18n';
import * as settings from '../../i18n/settings';

const area = withArea('settings', settings);
export const useSettingsT = area.useArea;
export type SettingsMessages = ReturnType<typeof area.messages>;
