import { useEffect, useState } from "preact/hooks";
import { dayInTimeZone, readerTimeZone, type CalendarDay } from "../../lib/tools/calendar-day";

const today = (): CalendarDay => dayInTimeZone(new Date(), readerTimeZone());

/** Today in the reader's time zone, kept current past midnight and when the reader comes back to the tab. */
export function useToday(): CalendarDay {
  const [day, setDay] = useState(today);
  useEffect(() => {
    const refresh = () => setDay(today());
    const timer = setInterval(refresh, 60_000);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, []);
  return day;
}
