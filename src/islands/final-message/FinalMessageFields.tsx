import { fill } from "../../i18n/catalogue";
import { finalMessageTool } from "@ui-strings";
import { channels, MAX_CHILDREN_LINE, type Channel, type FinalMessageForm, type FinalMessageProblem } from "../../lib/tools/final-message";
import { describeField } from "../shared/field-problem";

interface Props {
  form: FinalMessageForm;
  problems: readonly FinalMessageProblem[];
  onChange: (form: FinalMessageForm) => void;
}

/** Each channel's checkbox label. */
const channelLabels: Readonly<Record<Channel, string>> = {
  phone: finalMessageTool.channelPhone,
  text: finalMessageTool.channelText,
  email: finalMessageTool.channelEmail,
  "social-media": finalMessageTool.channelSocialMedia,
  "in-person": finalMessageTool.channelInPerson,
};

/** Each problem's message beside its field. */
const problemMessages: Readonly<Record<FinalMessageProblem, string>> = {
  "stop-day": finalMessageTool.stopDayProblem,
  "stop-time": finalMessageTool.stopTimeProblem,
  "no-channel": finalMessageTool.noChannelProblem,
  "children-too-long": fill(finalMessageTool.childrenTooLong, { max: MAX_CHILDREN_LINE }),
};

/** A field's problem message, linked to the field by id; nothing when the field is fine. */
function Problem({ id, problem, problems }: { id: string; problem: FinalMessageProblem; problems: readonly FinalMessageProblem[] }) {
  return problems.includes(problem) ? (
    <p class="tool-field__problem" id={id}>
      {problemMessages[problem]}
    </p>
  ) : null;
}

/** The builder's form. Every change rebuilds the message at once, so there is no submit button. */
export default function FinalMessageFields({ form, problems, onChange }: Props) {
  const has = (problem: FinalMessageProblem) => problems.includes(problem);
  const toggle = (channel: Channel, on: boolean) =>
    onChange({ ...form, channels: on ? [...form.channels, channel] : form.channels.filter((closed) => closed !== channel) });

  return (
    <form class="tool-form" onSubmit={(event) => event.preventDefault()} data-print="hide">
      <div class="tool-form__row">
        <div class="tool-field">
          <label for="stop-day">{finalMessageTool.stopDayLabel}</label>
          <Problem id="stop-day-problem" problem="stop-day" problems={problems} />
          <input
            id="stop-day"
            type="date"
            value={form.stopDay}
            {...describeField(undefined, has("stop-day") ? "stop-day-problem" : undefined)}
            onInput={(event) => onChange({ ...form, stopDay: event.currentTarget.value })}
          />
        </div>
        <div class="tool-field">
          <label for="stop-time">{finalMessageTool.stopTimeLabel}</label>
          <Problem id="stop-time-problem" problem="stop-time" problems={problems} />
          <input
            id="stop-time"
            type="time"
            value={form.stopTime}
            {...describeField(undefined, has("stop-time") ? "stop-time-problem" : undefined)}
            onInput={(event) => onChange({ ...form, stopTime: event.currentTarget.value })}
          />
        </div>
      </div>
      <fieldset class="tool-field" aria-describedby={has("no-channel") ? "channels-problem" : undefined}>
        <legend>{finalMessageTool.channelsLegend}</legend>
        <Problem id="channels-problem" problem="no-channel" problems={problems} />
        {channels.map((channel) => (
          <label class="tool-choice" key={channel}>
            <input type="checkbox" checked={form.channels.includes(channel)} onChange={(event) => toggle(channel, event.currentTarget.checked)} />
            {channelLabels[channel]}
          </label>
        ))}
      </fieldset>
      <div class="tool-field">
        <label for="children-line">{finalMessageTool.childrenLabel}</label>
        <p class="tool-field__hint" id="children-hint">
          {finalMessageTool.childrenHint}
        </p>
        <Problem id="children-problem" problem="children-too-long" problems={problems} />
        <input
          id="children-line"
          type="text"
          value={form.children}
          {...describeField("children-hint", has("children-too-long") ? "children-problem" : undefined)}
          onInput={(event) => onChange({ ...form, children: event.currentTarget.value })}
        />
      </div>
    </form>
  );
}
