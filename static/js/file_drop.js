// Drag and drop onto an upload form ([data-file-drop]): the dropped files go into its file
// input, and the person still chooses what they are and clicks Upload. Listeners sit on the
// document, so forms that htmx swaps in work too.
(function () {
  "use strict";

  function zoneOf(event) {
    return event.target instanceof Element ? event.target.closest("[data-file-drop]") : null;
  }

  function carriesFiles(event) {
    return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") !== -1;
  }

  function showHints() {
    document.querySelectorAll("[data-file-drop] .file-drop-hint").forEach(function (hint) {
      hint.hidden = false;
    });
  }

  document.addEventListener("DOMContentLoaded", showHints);
  document.addEventListener("htmx:afterSwap", showHints);

  document.addEventListener("dragover", function (event) {
    var zone = zoneOf(event);
    if (!zone || !carriesFiles(event)) { return; }
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    zone.classList.add("is-dragover");
  });

  document.addEventListener("dragleave", function (event) {
    var zone = zoneOf(event);
    if (zone && !zone.contains(event.relatedTarget)) { zone.classList.remove("is-dragover"); }
  });

  document.addEventListener("drop", function (event) {
    var zone = zoneOf(event);
    if (!zone || !carriesFiles(event)) { return; }
    event.preventDefault();
    zone.classList.remove("is-dragover");
    var input = zone.querySelector("input[type=file]");
    if (!input) { return; }
    var files = new DataTransfer();
    Array.prototype.forEach.call(event.dataTransfer.files, function (file) {
      if (input.multiple || files.items.length === 0) { files.items.add(file); }
    });
    input.files = files.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    input.focus();
  });
})();
