// The document page's preview ([data-preview-zoom]): zoom buttons, and a click on the page
// enlarges it around the point clicked (another click fits it back). The outlines are an
// SVG over the picture in the page's own units, so they follow any size. No inline script
// (the CSP forbids it); styles are set through the CSSOM, which the CSP allows.
(function () {
  "use strict";

  var LEVELS = [1, 1.5, 2, 3, 4];
  var ENLARGED = 2;

  function setUp(figure) {
    var frame = figure.querySelector("[data-zoom-frame]");
    var sheet = figure.querySelector("[data-zoom-sheet]");
    var controls = figure.querySelector("[data-zoom-controls]");
    if (!frame || !sheet || !controls) {
      return;
    }
    var level = 0;

    function show(focusX, focusY) {
      sheet.style.width = LEVELS[level] * 100 + "%";
      sheet.classList.toggle("is-zoomed", level > 0);
      controls.querySelector('[data-zoom="out"]').disabled = level === 0;
      controls.querySelector('[data-zoom="fit"]').disabled = level === 0;
      controls.querySelector('[data-zoom="in"]').disabled = level === LEVELS.length - 1;
      figure.setAttribute("data-zoom-level", String(LEVELS[level]));
      frame.scrollLeft = focusX * sheet.offsetWidth - frame.clientWidth / 2;
      frame.scrollTop = focusY * sheet.offsetHeight - frame.clientHeight / 2;
    }

    function centre() {
      return [
        (frame.scrollLeft + frame.clientWidth / 2) / sheet.offsetWidth,
        (frame.scrollTop + frame.clientHeight / 2) / sheet.offsetHeight,
      ];
    }

    controls.hidden = false;
    controls.addEventListener("click", function (event) {
      var button = event.target.closest("[data-zoom]");
      if (!button) {
        return;
      }
      var focus = centre();
      var action = button.getAttribute("data-zoom");
      if (action === "in") {
        level = Math.min(level + 1, LEVELS.length - 1);
      } else if (action === "out") {
        level = Math.max(level - 1, 0);
      } else {
        level = 0;
      }
      show(focus[0], focus[1]);
    });
    sheet.addEventListener("click", function (event) {
      var box = sheet.getBoundingClientRect();
      var x = (event.clientX - box.left) / box.width;
      var y = (event.clientY - box.top) / box.height;
      level = level === 0 ? ENLARGED : 0;
      show(x, y);
    });
    show(0, 0);
  }

  function start() {
    document.querySelectorAll("[data-preview-zoom]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
