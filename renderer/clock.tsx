// The desk's "today" on the screens: the office's calendar day (common/clock), or this
// computer's if the officer chose so in Settings. The clock is injected (the app uses the
// system's; jsdom tests pass the test app's, the browser tests fix the page's), so no screen
// reads the wall clock on its own.
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { systemClock, todayOf, type Clock, type DayZone } from '../common/clock';
import { useApiQuery } from './api';

interface ClockValue {
  clock: Clock;
  zone: DayZone;
}

const ClockContext = createContext<ClockValue>({ clock: systemClock, zone: 'office' });

export function ClockProvider({ clock = systemClock, children }: { clock?: Clock; children: ReactNode }) {
  // The office's day until the setting is known (it is the default); a failure keeps it. The
  // setting is a query of the cache: a change of it, here or in another window, reaches it.
  const settings = useApiQuery('settings.get', {});
  const zone = settings.data?.dayZone ?? 'office';
  const value = useMemo(() => ({ clock, zone }), [clock, zone]);
  return <ClockContext.Provider value={value}>{children}</ClockContext.Provider>;
}

export function useClock(): ClockValue {
  return useContext(ClockContext);
}

/** Today ('YYYY-MM-DD'), kept current: a screen left open overnight moves to the new day. */
export function useToday(): string {
  const { clock, zone } = useClock();
  // The day is read from the clock at each render and re-checked every half minute.
  const getSnapshot = useCallback(() => todayOf(clock, zone), [clock, zone]);
  return useSyncExternalStore(subscribeToMinutes, getSnapshot, getSnapshot);
}

function subscribeToMinutes(onChange: () => void): () => void {
  const timer = setInterval(onChange, 30_000);
  return () => clearInterval(timer);
}
