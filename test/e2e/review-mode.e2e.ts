// Joint-review mode on the demo district (issue 7 §3), as a presenter runs the meeting on a 1080p projector: bundle
// the district into packages, press F5, reorder the agenda, start; step through the packages with the clicker keys;
// record two departments' opinions (one pinned on the map), draw and keep a pen mark; leave with Esc; reopen the
// project and find the opinions and the mark again. Screenshots: test/artifacts/review-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_OPTIONS } from '../../shared/model/bundle';
import type { Package } from '../../shared/model/tables';
import { callBackend, openApp, screenshot, waitReady } from './harness';

interface ReviewWindow {
  __rzReview?: { fitted: string | null };
  document: { body: { textContent: string | null } };
}

interface MainMapWindow {
  __rz?: { map: { querySourceFeatures(source: string): unknown[] } };
}

const progress = (page: Page) => page.getByTestId('review-progress').textContent();
const title = (page: Page) => page.getByTestId('review-title').textContent();

async function waitFitted(page: Page, packageId: string): Promise<void> {
  await page.waitForFunction((id) => (globalThis as unknown as ReviewWindow).__rzReview?.fitted === id, packageId, {
    timeout: 15_000,
  });
}

/** Page coordinates of a point of the review map given as fractions of its size. */
async function reviewMapPoint(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('review-map').boundingBox();
  if (!box) throw new Error('no review map');
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

async function pickDepartment(page: Page, department: string): Promise<void> {
  await page.getByTestId(`review-department-${department}`).click();
}

describe('joint review mode', () => {
  it('presents the packages, records two opinions and a mark, and finds them after reopening', async () => {
    const page = await openApp();
    await page.setViewportSize({ width: 1920, height: 1080 });
    page.setDefaultTimeout(15_000);
    await callBackend(page, 'project.openDemo', {});
    await callBackend(page, 'packages.bundle', { options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    await page.reload();
    await waitReady(page);
    const packages: Package[] = (await callBackend(page, 'features.load', {})).packages;
    expect(packages.length).toBeGreaterThanOrEqual(3);

    // F5 opens the meeting set-up; move the second package to the top of the agenda, then start.
    await page.keyboard.press('F5');
    await page.getByTestId('review-setup').waitFor();
    await page.getByTestId('review-setup-location').fill('区住建局三楼会议室');
    const names = await page.locator('[data-testid="review-agenda"] .rz-rv-agenda-name').allTextContents();
    const second = names[1] as string;
    await page.getByTestId(`review-agenda-up-${second}`).click();
    const reordered = await page.locator('[data-testid="review-agenda"] .rz-rv-agenda-name').allTextContents();
    expect(reordered.slice(0, 2)).toEqual([second, names[0]]);
    await screenshot(page, 'review-0-setup');
    await page.getByTestId('review-setup-start').click();
    await page.getByTestId('review-mode').waitFor();

    const meetings = (await callBackend(page, 'features.load', {})).review_meetings;
    expect(meetings).toHaveLength(1);
    const agenda = meetings[0]?.agenda as string[];
    expect(agenda).toHaveLength(packages.length);
    const nameOf = (id: string) => packages.find((p) => p.id === id)?.name;
    expect(nameOf(agenda[0] as string)).toBe(second);
    await waitFitted(page, agenda[0] as string);
    expect(await title(page)).toBe(second);
    expect(await progress(page)).toBe(`1 / ${agenda.length}`);
    await screenshot(page, 'review-1-dark');

    // The audience window (演示窗口) shows the presentation without the controls and follows the presenter.
    const [audience] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('review-audience').click(),
    ]);
    await audience.getByTestId('review-mode').waitFor({ timeout: 60_000 });
    expect(await audience.getByTestId('review-title').textContent()).toBe(second);
    expect(await audience.getByTestId('review-opinion-form').count()).toBe(0);

    // The clicker keys: → and PageDown and Space forward, ← and PageUp back.
    await page.keyboard.press('ArrowRight');
    expect(await progress(page)).toBe(`2 / ${agenda.length}`);
    await page.keyboard.press('PageDown');
    expect(await progress(page)).toBe(`3 / ${agenda.length}`);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await progress(page)).toBe(`1 / ${agenda.length}`);
    await page.keyboard.press(' ');
    expect(await progress(page)).toBe(`2 / ${agenda.length}`);
    const presented = agenda[1] as string;
    expect(await title(page)).toBe(nameOf(presented));
    await audience
      .getByTestId('review-title')
      .filter({ hasText: nameOf(presented) as string })
      .waitFor();
    expect(await audience.getByTestId('review-progress').textContent()).toBe(`2 / ${agenda.length}`);
    await waitFitted(audience, presented);
    await screenshot(audience, 'review-audience');
    await audience.close();
    await waitFitted(page, presented);
    // The card names every member compound of the presented package.
    const card = page.getByTestId('review-card-compounds');
    const { compounds, package_members } = await callBackend(page, 'features.load', {});
    for (const m of package_members.filter((x) => x.package_id === presented)) {
      const name = compounds.find((c) => c.id === m.compound_id)?.name;
      if (name) expect(await card.textContent()).toContain(name);
    }

    // 住建 passes; 消防 passes on conditions, pinned on the map.
    await pickDepartment(page, '住建');
    await page.getByTestId('review-verdict-pass').click();
    await page.getByTestId('review-opinion-text').fill('同意该片区改造方案。');
    await page.getByTestId('review-opinion-save').click();
    await page.getByTestId('review-opinion-住建').waitFor();
    await pickDepartment(page, '消防');
    await page.getByTestId('review-verdict-conditional').click();
    await page.getByTestId('review-opinion-save').click();
    await page.getByTestId('review-opinion-problem').first().waitFor(); // conditions are required
    await page.getByTestId('review-opinion-text').fill('消防车道宽度不足。');
    await page.getByTestId('review-opinion-conditions').fill('拓宽东侧消防车道至 4 m，并清除占道停车。');
    await page.getByTestId('review-opinion-pin').click();
    const pinAt = await reviewMapPoint(page, 0.5, 0.5);
    await page.mouse.click(pinAt.x, pinAt.y);
    await page.getByTestId('review-opinion-unpin').waitFor();
    await page.getByTestId('review-opinion-save').click();
    await page.getByTestId('review-opinion-消防').waitFor();
    expect(await page.getByTestId('review-opinion-消防').getAttribute('data-verdict')).toBe('conditional');

    // Editing 住建's opinion updates its row, it does not add one.
    await pickDepartment(page, '住建');
    expect(await page.getByTestId('review-opinion-text').inputValue()).toBe('同意该片区改造方案。');
    await page.getByTestId('review-opinion-text').fill('同意该片区改造方案，请同步完善海绵设施。');
    await page.getByTestId('review-opinion-save').click();
    await page.waitForFunction(() =>
      (globalThis as unknown as ReviewWindow).document.body.textContent?.includes('请同步完善海绵设施'),
    );

    // The pen: draw a stroke and keep it as an annotation of the package.
    await page.getByTestId('review-tool-pen').click();
    const a = await reviewMapPoint(page, 0.3, 0.3);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(a.x + i * 25, a.y + Math.sin(i / 2) * 40);
    await page.mouse.up();
    await page.getByTestId('review-marks-save').click();
    await page.getByTestId('review-tool-pen').click();
    await page.getByTestId('review-tool-pointer').click();
    const p = await reviewMapPoint(page, 0.62, 0.45);
    await page.mouse.move(p.x, p.y);
    await page.getByTestId('review-pointer').waitFor();
    await screenshot(page, 'review-2-opinions');

    const saved = await callBackend(page, 'features.load', {});
    const opinions = saved.review_opinions.filter((o) => o.package_id === presented);
    expect(opinions.map((o) => o.department).sort()).toEqual(['住建', '消防'].sort());
    const fire = opinions.find((o) => o.department === '消防');
    expect(fire?.pin_lon).not.toBeNull();
    expect(fire?.conditions).toContain('4 m');
    expect(saved.annotations.filter((x) => x.package_id === presented)).toHaveLength(1);
    expect(saved.annotations[0]?.geometry.coordinates.length).toBeGreaterThan(5);

    // The light theme (B), for a bright room.
    await page.keyboard.press('b');
    await page.waitForTimeout(300);
    await screenshot(page, 'review-3-light');

    // Esc leaves; the normal map is back.
    await page.keyboard.press('Escape');
    await page.getByTestId('review-mode').waitFor({ state: 'detached' });
    await page.getByTestId('toolbar').waitFor();
    // The kept mark and the pinned opinion show on the normal map too (layer 审查标注与意见, on by default).
    await page.waitForFunction(() => {
      const map = (globalThis as unknown as MainMapWindow).__rz?.map;
      return (
        (map?.querySourceFeatures('annotations').length ?? 0) > 0 &&
        (map?.querySourceFeatures('review-pins').length ?? 0) > 0
      );
    });

    // Reopen the file and find the opinions on the card again.
    const project = await callBackend(page, 'project.current', {});
    if (!project) throw new Error('no project');
    await callBackend(page, 'project.open', { path: project.path });
    await page.reload();
    await waitReady(page);
    await page.getByTestId('cmd-review.start').click();
    await page.getByTestId('review-setup').waitFor();
    await page.getByTestId('review-setup-start').click();
    await page.getByTestId('review-mode').waitFor();
    await page.keyboard.press('ArrowRight');
    await waitFitted(page, presented);
    await page.getByTestId('review-opinion-消防').waitFor();
    expect(await page.getByTestId('review-opinion-住建').textContent()).toContain('海绵设施');
    await screenshot(page, 'review-4-reopened');
    await page.getByTestId('review-exit').click();
    await page.getByTestId('review-mode').waitFor({ state: 'detached' });
    await page.context().close();
  }, 300_000);
});
