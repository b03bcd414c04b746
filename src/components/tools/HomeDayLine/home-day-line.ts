import { fill } from "../../../i18n/catalogue";
import { defineElement, EnhancedElement } from "../../shared/enhanced-element";
import { createDayCounterStore } from "../../../lib/storage/day-counter-store";
import { dayInTimeZone, readerTimeZone } from "../../../lib/tools/calendar-day";
import { dayNumber } from "../../../lib/tools/day-counter";

/** Shows "Day N" when a day counter is set, and nothing otherwise (a plain script: the home page stays light). */
class HomeDayLine extends EnhancedElement {
  protected enhance(): void {
    const line = this.find("p");
    const link = this.find<HTMLAnchorElement>("[data-home-day-line]");
    // The text comes from the catalogue in the server's markup: a client import would put the catalogue
    // chunk every script shares on this page, and its strings on lesson pages.
    const template = this.dataset["dayTemplate"] ?? "";
    const store = createDayCounterStore();
    const render = () => {
      const found = store.read();
      const start = found.status === "ok" ? found.value.start : null;
      line.hidden = start === null;
      link.textContent = start === null ? "" : fill(template, { count: dayNumber(start, dayInTimeZone(new Date(), readerTimeZone())) });
    };
    store.subscribe(render);
    document.addEventListener("visibilitychange", render);
    render();
  }
}

defineElement("nc-home-day-line", HomeDayLine);
