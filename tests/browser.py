"""Helpers for the browser walks."""


def click_below_viewer(locator):
    """Click a button that sits below the embedded PDF viewer.

    Chromium's PDF viewer is an out-of-process frame. When Playwright scrolls a button into
    view and clicks in the same instant, the click is routed by the hit-test data of the frame
    before the scroll, so it lands in the viewer and the form is never submitted. A person
    scrolls first and clicks later; so does this: scroll, let two frames be painted, click.
    """
    locator.scroll_into_view_if_needed()
    two_frames = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
    locator.page.evaluate(two_frames)
    locator.click()
