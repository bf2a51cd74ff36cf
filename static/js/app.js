// Sends Django's CSRF token with every htmx request (no inline script: the CSP forbids it).
document.addEventListener("htmx:configRequest", function (event) {
  var cookie = document.cookie.split("; ").find(function (c) { return c.indexOf("csrftoken=") === 0; });
  var field = document.querySelector("input[name=csrfmiddlewaretoken]");
  var token = field ? field.value : (cookie ? cookie.split("=")[1] : "");
  if (token) { event.detail.headers["X-CSRFToken"] = token; }
});
