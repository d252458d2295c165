// The calendar's strings load with the calendar, not with the board (see withArea).
import { withArea } from '../../i18n';
import * as calendar from '../../i18n/calendar';

const area = withArea('calendar', calendar);
export const calendarMessagesFor = area.messages;
export const useCalendarT = area.useArea;
export type CalendarMessages = ReturnType<typeof calendarMessagesFor>;
