import { DEFAULT_LEAD_TIMES } from '../../common/timeline';
import { meetings } from '../../db/repo/meetings';
import { meetingTimeline, setTimelineTemplate, timelineTemplate } from '../../db/repo/timeline';
import { today, type HandlerMap } from './context';

export const timelineHandlers = {
  'timeline.template': (ctx) => ({ template: timelineTemplate(ctx.db), defaults: DEFAULT_LEAD_TIMES }),
  'timeline.setTemplate': (ctx, input) => ({ template: setTimelineTemplate(ctx.db, input.template), defaults: DEFAULT_LEAD_TIMES }),
  'timeline.meeting': (ctx, input) => {
    meetings.get(ctx.db, input.meetingId); // NOT_FOUND in the repository's words
    return { steps: meetingTimeline(ctx.db, input.meetingId, input.date ?? today(ctx)) };
  },
} satisfies Partial<HandlerMap>;
