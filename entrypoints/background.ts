import { defineBackground } from '#imports';

export default defineBackground(() => {
  // wiring is filled in by lib/messaging/handlers
});
