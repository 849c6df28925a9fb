import { createTheme } from '@mantine/core';

// A calm, readable theme for long office sessions. System fonts only: the app is offline and
// its CSP forbids remote fonts; Segoe UI (Windows) and the other system faces cover Vietnamese.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'sm',
  fontFamily: "'Segoe UI', system-ui, -apple-system, Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
});
