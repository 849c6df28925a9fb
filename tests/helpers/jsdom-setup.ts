// Setup of the 'renderer' vitest project (jsdom): the browser APIs Mantine needs and jsdom
// lacks, jest-dom's matchers, and a clean DOM and storage after every test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

const { getComputedStyle } = window;
// jsdom's getComputedStyle throws on pseudo-element arguments that Mantine passes.
window.getComputedStyle = (element: Element) => getComputedStyle(element);

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;

// Combobox options scroll the selected one into view.
Element.prototype.scrollIntoView = function scrollIntoView() {};

// A screen that waits on the test app's job workers or a debounce can take seconds on two busy
// CPUs: findBy/waitFor wait up to 8 s (they end as soon as what they wait for holds).
configure({ asyncUtilTimeout: 8000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.location.hash = '';
});

// Mantine's autosizing Textarea listens to document.fonts, which jsdom does not have.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() } });
}
