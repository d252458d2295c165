// How the lazy Kalender view is mounted. Opened by a link (or a reload) at #/kalender, its chunk is
// fetched before the first render (main.tsx), and the view is then rendered directly: React.lazy
// would suspend once anyway, and React holds a revealed Suspense boundary back for its fallback
// throttle after the fallback showed, which alone would exceed the calendar's budget in the bench.
import { lazy, type ComponentType } from 'react';

let loaded: ComponentType | null = null;

export function loadCalendarView() {
  return import('./CalendarView').then((module) => {
    loaded = module.default;
    return module;
  });
}

const LazyCalendarView = lazy(loadCalendarView);

export function CalendarRoute() {
  const View = loaded ?? LazyCalendarView;
  return <View />;
}
