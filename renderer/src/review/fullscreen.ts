// Full screen where the browser allows it (a click's user activation); otherwise review mode still fills the window
// as an overlay. Headless test browsers and some kiosks refuse: that is not an error.
export function enterFullscreen(): void {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  el.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}
