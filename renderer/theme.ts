import { createTheme, DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';
import { en as formsEn, vi as formsVi } from './i18n/sections/forms';

// A calm, readable theme for long office sessions. System fonts only: the app is offline and
// its CSP forbids remote fonts; Segoe UI (Windows) and the other system faces cover Vietnamese.
//
// Contrast (WCAG 2.2 AA, 4.5:1 for text) is settled here, once, so every screen inherits it:
// - teal, the primary colour, is shifted one step darker: filled buttons and links (shade 8,
//   #087f5b) carry white or sit on white at 5:1, and "light" variants (NavLink, Badge, Alert)
//   write shade 9 on shade 1 at 6:1;
// - red 6 is the error colour (messages under fields): darkened to 5.4:1 on white;
// - gray 6 is the "dimmed" text colour (descriptions, hints): darkened to 6:1 on white;
// - shade 9 of the other colours is what "light" variants write on shade 1: darkened where
//   Mantine's default stays under 4.5:1 (green, lime, cyan, yellow, orange).

function withShades(base: MantineColorsTuple, shades: Partial<Record<number, string>>): MantineColorsTuple {
  return base.map((c, i) => shades[i] ?? c) as unknown as MantineColorsTuple;
}

const c = DEFAULT_THEME.colors;

/**
 * The close buttons of modals and notifications need a name. The theme cannot use i18next, so
 * it reads the page's language (set by createI18n on every change) when the button renders.
 */
const closeButtonProps = () => ({
  closeButtonProps: { 'aria-label': typeof document !== 'undefined' && document.documentElement.lang === 'en' ? formsEn.close : formsVi.close },
});

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 5 },
  colors: {
    teal: withShades(c.teal, { 7: '#0b8d67', 8: '#087f5b', 9: '#066649' }),
    gray: withShades(c.gray, { 6: '#5c636a' }),
    red: withShades(c.red, { 6: '#c92a2a', 9: '#b02525' }),
    orange: withShades(c.orange, { 8: '#c2410c', 9: '#9c3a06' }),
    yellow: withShades(c.yellow, { 9: '#7a5200' }),
    green: withShades(c.green, { 8: '#22702f', 9: '#22702f' }),
    lime: withShades(c.lime, { 9: '#3f6a08' }),
    cyan: withShades(c.cyan, { 9: '#0a5f6e' }),
  },
  defaultRadius: 'sm',
  fontFamily: "'Segoe UI', system-ui, -apple-system, Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
  components: {
    Modal: { defaultProps: closeButtonProps },
    Notification: { defaultProps: closeButtonProps },
  },
});
